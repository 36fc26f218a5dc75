/**
 * Filers as the dashboard shows them: the regions the user gave units, then
 * the unit merges accepted in 检查, applied before a filer is matched to the
 * roster — as the model build applies them before filings are resolved. Names
 * the user merged are one unit: the group is the roster unit its merged name
 * is, else the one any of its names is (李家沟材 merged into 李家沟村, or the
 * other way round, is the roster's 李家沟村 either way).
 */
import { regionAssigner, type RegionAssignment } from '../facts/region-assign';
import { unitMergeResolver, type UnitMerge } from '../facts/unit-merges';
import type { Matcher, MatchHow } from './match';
import type { FiledFile } from './types';

/** The user's decisions about units (stored with the merge decisions). */
export interface UnitDecisions {
	merges?: readonly UnitMerge[];
	regions?: readonly RegionAssignment[];
}

export interface MergedFiler {
	/** The unit's name and region after the user's decisions. */
	name: string;
	region: string;
	hit: { unit: number; how: MatchHow } | null;
}

/** For one roster year: each filing's (name, region) → the merged filer and its roster unit. */
export function mergedFilers(m: Matcher, files: readonly FiledFile[], year: number, decisions: UnitDecisions): (unit: string, region: string) => MergedFiler {
	// Without decisions every name stands for itself: no grouping pass (the matcher caches each name).
	if (!decisions.merges?.length && !decisions.regions?.length) return (name, region) => ({ name, region, hit: m.match({ name, region }) });
	const assign = regionAssigner(decisions.regions ?? []);
	const merged = unitMergeResolver(decisions.merges ?? []);
	const key = (name: string, region: string) => `${region}\u0000${name}`;
	const groups = new Map<string, { name: string; region: string; members: Set<string> }>();
	const groupOf = (unit: string, region0: string) => {
		const region = assign(unit, region0);
		const name = merged(unit, region);
		let g = groups.get(key(name, region));
		if (!g) groups.set(key(name, region), (g = { name, region, members: new Set() }));
		g.members.add(unit);
		return g;
	};
	for (const file of files) if (!file.error) for (const f of file.filings) if (f.year === year) groupOf(f.unit, f.region);
	const decided = new Map<string, MergedFiler>();
	for (const [k, g] of groups) {
		let hit = m.match({ name: g.name, region: g.region });
		for (const member of g.members) hit ??= m.match({ name: member, region: g.region });
		decided.set(k, { name: g.name, region: g.region, hit });
	}
	// Each raw (name, region) is looked up once: thousands of filings come from far fewer names.
	const seen = new Map<string, MergedFiler>();
	return (unit, region0) => {
		const raw = key(unit, region0);
		let out = seen.get(raw);
		if (!out) {
			const g = groupOf(unit, region0);
			seen.set(raw, (out = decided.get(key(g.name, g.region))!));
		}
		return out;
	};
}
