/**
 * Which roster unit a filer is. Sure matches are made here: the user's own
 * answer (a link), the same name, or the same name once spacing, brackets,
 * （盖章）, a county prefix and 人民政府/政府/乡/镇/街道 are set aside (the
 * product's one unit normalization, facts/unit.ts). Anything less sure — one
 * character apart, one name inside the other, the same name in another
 * region — is only proposed; the user decides (永正镇 and 永和镇 are two towns).
 */
import { normalizeUnit, unitCore, withoutRegion } from '../facts/unit';
import { regionFromUnitName } from '../facts/region';
import type { RosterLink, RosterUnit, Text } from './types';

export type MatchHow = 'link' | 'name' | 'core';

export interface Filer {
	name: string;
	region: string;
}

export interface RosterProposal {
	filer: string;
	filerRegion: string;
	unit: string;
	unitRegion: string;
	kind: 'one-character' | 'contains' | 'other-region';
	reason: Text;
}

/** The key of a proposal the user answered (kept in Roster.rejected). */
export const proposalKey = (p: Pick<RosterProposal, 'filer' | 'filerRegion' | 'unit' | 'unitRegion'>) =>
	[p.filerRegion, p.filer, p.unitRegion, p.unit].join('\u0000');

/**
 * A name without its region, however it is written: the region given (正宁县
 * before 山河镇), or the place the name itself starts with (a filer whose
 * file named no region), then no 人民政府 and no final 乡/镇/街道.
 */
export function matchCore(name: string, region: string): string {
	let rest = withoutRegion(normalizeUnit(name), region);
	const lead = regionFromUnitName(rest);
	if (lead) rest = withoutRegion(rest, lead);
	return unitCore(rest, '');
}

/** Characters that tell numbered or directional siblings apart (一村/二村, 东街/西街): never a typo. */
const SIBLING_MARKS = new Set('0123456789０１２３４５６７８９一二三四五六七八九十百东西南北中上下前后左右内外新老大小'.split(''));

/**
 * The two differing characters when a and b are one insertion, deletion or
 * substitution apart and that character is no sibling mark; else null. Only
 * the roster proposes on it (a filer the roster lacks may be a misspelt
 * roster unit that has not filed); the unit-merge proposals do not.
 */
export function oneCharacterApart(a: string, b: string): [string, string] | null {
	if (a === b || Math.abs(a.length - b.length) > 1) return null;
	const [s, l] = a.length <= b.length ? [a, b] : [b, a];
	let i = 0;
	while (i < s.length && s[i] === l[i]) i++;
	const diff: [string, string] | null = s.length === l.length ? (s.slice(i + 1) === l.slice(i + 1) ? [s[i], l[i]] : null) : s.slice(i) === l.slice(i + 1) ? ['', l[i]] : null;
	return diff && !((diff[0] === '' || SIBLING_MARKS.has(diff[0])) && SIBLING_MARKS.has(diff[1])) ? diff : null;
}

/** Regions that do not tell two units apart: the same, or one of them unknown. */
const sameRegion = (a: string, b: string) => a === '' || b === '' || a === b;

const linkKey = (name: string, region: string) => `${region}\u0000${name}`;

export interface RosterIndex {
	units: RosterUnit[];
	byName: Map<string, number[]>;
	byCore: Map<string, number[]>;
	/** Cores of 3+ characters by each one-deletion variant: one-character neighbours without an all-pairs scan. */
	byDeletion: Map<string, number[]>;
	cores: string[];
}

const push = (map: Map<string, number[]>, key: string, i: number) => {
	const list = map.get(key);
	if (!list) map.set(key, [i]);
	else if (list[list.length - 1] !== i) list.push(i);
};

export function indexRoster(units: RosterUnit[]): RosterIndex {
	const index: RosterIndex = { units, byName: new Map(), byCore: new Map(), byDeletion: new Map(), cores: [] };
	units.forEach((u, i) => {
		const core = matchCore(u.name, u.region);
		index.cores.push(core);
		push(index.byName, normalizeUnit(u.name), i);
		push(index.byCore, core, i);
		if (core.length >= 3) for (const k of deletions(core)) push(index.byDeletion, k, i);
	});
	return index;
}

function deletions(s: string): string[] {
	const out = [s];
	for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
	return out;
}

/** Of several candidates, the one in the filer's region; null when none or more than one fits. */
function pick(index: RosterIndex, candidates: number[] | undefined, region: string): number | null {
	if (!candidates) return null;
	const fitting = candidates.filter((i) => sameRegion(index.units[i].region, region));
	if (fitting.length === 1) return fitting[0];
	const exact = fitting.filter((i) => index.units[i].region === region);
	return exact.length === 1 ? exact[0] : null;
}

export interface Matcher {
	/** The roster unit (its index) a filer is, and how that is known; null when it is not on the roster for sure. */
	match(filer: Filer): { unit: number; how: MatchHow } | null;
	/** Roster units a filer that matched none may be (for the user to confirm). */
	propose(filer: Filer, rejected: ReadonlySet<string>): RosterProposal[];
}

export function matcher(index: RosterIndex, links: RosterLink[]): Matcher {
	const linked = new Map<string, number>();
	for (const l of links) {
		const i = pick(index, index.byName.get(l.unit), l.unitRegion);
		if (i !== null) linked.set(linkKey(normalizeUnit(l.filer), l.filerRegion), i);
	}
	// Thousands of filings come from far fewer names: each name is matched once.
	const seen = new Map<string, { unit: number; how: MatchHow } | null>();
	const matchName = (filer: Filer): { unit: number; how: MatchHow } | null => {
		const name = normalizeUnit(filer.name);
		const link = linked.get(linkKey(name, filer.region));
		if (link !== undefined) return { unit: link, how: 'link' };
		const byName = pick(index, index.byName.get(name), filer.region);
		if (byName !== null) return { unit: byName, how: 'name' };
		const byCore = pick(index, index.byCore.get(matchCore(name, filer.region)), filer.region);
		return byCore === null ? null : { unit: byCore, how: 'core' };
	};
	return {
		match(filer) {
			const key = linkKey(filer.name, filer.region);
			if (!seen.has(key)) seen.set(key, matchName(filer));
			return seen.get(key)!;
		},
		propose(filer, rejected) {
			const name = normalizeUnit(filer.name);
			const core = matchCore(name, filer.region);
			const found = new Map<number, RosterProposal['kind']>();
			// The same name or core, but in another region (or several in the region: ambiguous).
			for (const i of [...(index.byName.get(name) ?? []), ...(index.byCore.get(core) ?? [])]) found.set(i, 'other-region');
			// One character apart — never a numeral or a direction (一村/二村), never in a short core (永正/永和 are two towns).
			if (core.length >= 3)
				for (const k of deletions(core))
					for (const i of index.byDeletion.get(k) ?? []) if (!found.has(i) && oneCharacterApart(core, index.cores[i])) found.set(i, 'one-character');
			// One name the start of the other (山河镇 / 山河镇政府办): a part of the unit, or the unit itself.
			for (let n = 2; n <= core.length; n++)
				for (const i of index.byCore.get(core.slice(0, n)) ?? []) if (!found.has(i) && index.cores[i] !== core) found.set(i, 'contains');
			const out: RosterProposal[] = [];
			for (const [i, kind] of found) {
				const u = index.units[i];
				if (kind === 'contains' && !sameRegion(u.region, filer.region)) continue;
				const p = { filer: name, filerRegion: filer.region, unit: u.name, unitRegion: u.region, kind, reason: reasonOf(kind, name, filer.region, u) };
				if (!rejected.has(proposalKey(p))) out.push(p);
			}
			return out;
		}
	};
}

function reasonOf(kind: RosterProposal['kind'], filer: string, region: string, u: RosterUnit): Text {
	switch (kind) {
		case 'one-character':
			return { zh: `“${filer}”与名单中的“${u.name}”只差一个字。`, en: `"${filer}" differs from the roster's "${u.name}" in one character.` };
		case 'contains':
			return { zh: `“${filer}”以名单中的“${u.name}”开头。`, en: `"${filer}" begins with the roster's "${u.name}".` };
		case 'other-region':
			return {
				zh: `“${filer}”（${region || '地区未知'}）与名单中的“${u.name}”（${u.region || '地区未知'}）名称相同，地区不同或不唯一。`,
				en: `"${filer}" (${region || 'region unknown'}) has the name of the roster's "${u.name}" (${u.region || 'region unknown'}), in another region or not uniquely.`
			};
	}
}
