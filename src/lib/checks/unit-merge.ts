/**
 * Units whose names differ only slightly (正宁县山河镇人民政府 in a form,
 * 山河镇 in the county's summary table) are one unit to a clerk but two to a
 * GROUP BY. We only propose merges; the user decides and the UI keeps the
 * decisions, which applyUnitMerges (facts/unit-merges.ts) then applies — a pure step.
 */
import type { Fact } from '../facts/fact';
import type { Check, Text } from './types';
import { makeCheck } from './source';
import { nameCore, unitCore, withoutRegion } from '../facts/unit';

export { nameCore, unitCore, withoutRegion };

export { applyUnitMerges, applyUnitMergesToResults, type UnitMerge } from '../facts/unit-merges';

export interface UnitMergeProposal {
	from: string;
	to: string;
	region: string;
	/** same-core: one name is the other with a prefix/suffix (region, 人民政府, （盖章）, 乡↔镇); suffix-typo: 村 written 材. */
	kind: 'same-core' | 'suffix-typo';
	reason: Text;
}

/** The last character of a unit's name that says what kind of unit it is (a typo there is not a different place). */
const KIND_CHARS = new Set('村镇乡局所站队委办院校厂司会部处室组社场馆中心'.split(''));

const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
};

interface UnitInfo {
	name: string;
	region: string;
	facts: number;
	files: Set<string>;
	/** file + sheet where the name appears: two names listed in one table are two units. */
	tables: Set<string>;
}

/** Which spelling to keep: the one more files use, then the shorter, then the first in order. */
function preferred(a: UnitInfo, b: UnitInfo): UnitInfo {
	if (a.files.size !== b.files.size) return a.files.size > b.files.size ? a : b;
	if (a.name.length !== b.name.length) return a.name.length < b.name.length ? a : b;
	return a.name <= b.name ? a : b;
}

const sideBySide = (a: UnitInfo, b: UnitInfo) => [...a.tables].some((t) => b.tables.has(t));

const quoteList = (parts: string[], open: string, close: string, sep: string) => parts.map((p) => `${open}${p}${close}`).join(sep);

/** Why two names are one unit, in words: what tells them apart (the parts both share are not mentioned). */
function sameCoreReason(from: string, to: string, region: string, core: string): Text {
	const da = nameCore(from, region).dropped;
	const db = nameCore(to, region).dropped;
	const a = da.filter((d) => !db.includes(d));
	const b = db.filter((d) => !da.includes(d));
	const zhWhere = region ? `同在“${region}”，` : '';
	const enWhere = region ? ` (both in "${region}")` : '';
	const zhList = (d: string[]) => quoteList(d, '“', '”', '、');
	const enList = (d: string[]) => quoteList(d, '"', '"', ', ');
	if (b.length === 0)
		return { zh: `${zhWhere}“${from}”去掉${zhList(a)}就是“${to}”：只差地区前缀、“人民政府”、（盖章）或乡/镇/街道这类写法。`, en: `"${from}" without ${enList(a)} is "${to}"${enWhere}: they differ only in a region prefix, 人民政府, (盖章) or 乡/镇/街道.` };
	if (a.length === 0)
		return { zh: `${zhWhere}“${to}”去掉${zhList(b)}就是“${from}”：只差地区前缀、“人民政府”、（盖章）或乡/镇/街道这类写法。`, en: `"${to}" without ${enList(b)} is "${from}"${enWhere}: they differ only in a region prefix, 人民政府, (盖章) or 乡/镇/街道.` };
	return {
		zh: `${zhWhere}“${from}”去掉${zhList(a)}、“${to}”去掉${zhList(b)}后都是“${core}”：只差地区前缀、“人民政府”、（盖章）或乡/镇/街道这类写法。`,
		en: `"${from}" without ${enList(a)} and "${to}" without ${enList(b)} are both "${core}"${enWhere}: they differ only in a region prefix, 人民政府, (盖章) or 乡/镇/街道.`
	};
}

export function proposeUnitMerges(facts: Fact[]): UnitMergeProposal[] {
	const units = new Map<string, UnitInfo>();
	for (const f of facts) {
		if (!f.unit) continue;
		const key = `${f.region}\u0000${f.unit}`;
		let u = units.get(key);
		if (!u) units.set(key, (u = { name: f.unit, region: f.region, facts: 0, files: new Set(), tables: new Set() }));
		u.facts++;
		u.files.add(f.fileId);
		u.tables.add(`${f.fileId}\u0000${f.sheet}`);
	}
	const byRegion = new Map<string, UnitInfo[]>();
	for (const u of units.values()) pushTo(byRegion, u.region, u);

	const out: UnitMergeProposal[] = [];
	const proposed = new Set<string>();
	const propose = (a: UnitInfo, b: UnitInfo, kind: UnitMergeProposal['kind'], reason: (from: string, to: string) => Text) => {
		const pair = [a.name, b.name].sort().join('\u0000');
		if (proposed.has(pair) || sideBySide(a, b)) return;
		proposed.add(pair);
		const to = preferred(a, b);
		const from = to === a ? b : a;
		out.push({ from: from.name, to: to.name, region: a.region, kind, reason: reason(from.name, to.name) });
	};

	for (const [region, list] of byRegion) {
		// Same distinctive part: group by it, propose each variant onto the group's preferred spelling.
		const byCore = new Map<string, UnitInfo[]>();
		for (const u of list) {
			const { core } = nameCore(u.name, region);
			if (core.length >= 2) pushTo(byCore, core, u);
		}
		for (const [core, group] of byCore) {
			if (group.length < 2) continue;
			const best = group.reduce(preferred);
			for (const u of group) if (u !== best) propose(u, best, 'same-core', (from, to) => sameCoreReason(from, to, region, core));
		}
		// A typo in the word saying what kind of unit it is (李家沟材 for 李家沟村): the same distinctive part, the last
		// character a kind word in one name and no kind word in the other. 永正镇/永和镇 differ inside the distinctive part: never.
		const byStem = new Map<string, UnitInfo[]>();
		for (const u of list) {
			const name = withoutRegion(u.name.replace(/\s+/g, ''), region);
			if (name.length >= 3) pushTo(byStem, name.slice(0, -1), u);
		}
		for (const [stem, group] of byStem)
			for (let i = 0; i < group.length; i++)
				for (let j = i + 1; j < group.length; j++) {
					const [x, y] = [group[i].name.slice(-1), group[j].name.slice(-1)];
					if (x === y || KIND_CHARS.has(x) === KIND_CHARS.has(y)) continue;
					const [kind, typo] = KIND_CHARS.has(x) ? [x, y] : [y, x];
					propose(group[i], group[j], 'suffix-typo', (from, to) => ({
						zh: `${region ? `同在“${region}”，` : ''}“${from}”与“${to}”都是“${stem}”，只是末字写作“${typo}”而不是“${kind}”（像是错字）。`,
						en: `"${from}" and "${to}" are both "${stem}"${region ? ` in "${region}"` : ''}; one ends in "${typo}" where the other has "${kind}" (looks like a typo).`
					}));
				}
	}
	return out;
}

/** Similar unit names as checks (level info: a proposal, not an error). */
export function similarUnits(facts: Fact[]): Check[] {
	const proposals = proposeUnitMerges(facts);
	if (proposals.length === 0) return [];
	const first = new Map<string, Fact>();
	for (const f of facts) if (!first.has(`${f.region}\u0000${f.unit}`)) first.set(`${f.region}\u0000${f.unit}`, f);
	return proposals.map((p) => {
		const where = (name: string) => {
			const f = first.get(`${p.region}\u0000${name}`)!;
			return { fileId: f.fileId, file: f.file, sheet: f.sheet, cell: f.cell };
		};
		return makeCheck(
			'unit.similar',
			{
				zh: `建议将“${p.from}”并入“${p.to}”：${p.reason.zh}`,
				en: `Merge "${p.from}" into "${p.to}"? ${p.reason.en}`
			},
			[where(p.from), where(p.to)],
			{ unit: p.from, region: p.region }
		);
	});
}
