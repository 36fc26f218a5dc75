/**
 * The unit merges the user accepted (检查: 山河镇 is 山河镇人民政府), applied as
 * a pure step: to whole file results before filings are resolved (the model
 * build), and to the filers the roster matches (roster/status.ts), so both see
 * the same unit names. The proposals themselves are checks/unit-merge.ts.
 */
import type { Fact, FileResult } from './fact';

export interface UnitMerge {
	/** The name to replace … */
	from: string;
	/** … by this one. */
	to: string;
	/** Only in this region (omitted: in every region). */
	region?: string;
}

/** The name each (region, unit) ends up with after the merges, following chains (a→b→c); a name caught in a cycle stays as it is. */
export function unitMergeResolver(merges: readonly UnitMerge[]): (unit: string, region: string) => string {
	const scoped = new Map<string, string>();
	const anywhere = new Map<string, string>();
	for (const m of merges) {
		if (!m.from || !m.to || m.from === m.to) continue;
		if (m.region === undefined) anywhere.set(m.from, m.to);
		else scoped.set(`${m.region}\u0000${m.from}`, m.to);
	}
	const step = (unit: string, region: string) => scoped.get(`${region}\u0000${unit}`) ?? anywhere.get(unit);
	const cache = new Map<string, string>();
	return (unit, region) => {
		const key = `${region}\u0000${unit}`;
		const hit = cache.get(key);
		if (hit !== undefined) return hit;
		const seen = new Set([unit]);
		let name = unit;
		for (let next = step(name, region); next !== undefined; next = step(name, region)) {
			if (seen.has(next)) {
				name = unit; // contradictory decisions (a→b, b→a): apply none of them
				break;
			}
			seen.add(next);
			name = next;
		}
		cache.set(key, name);
		return name;
	};
}

/** Facts with merged unit names (facts that do not change are returned as they are). */
export function applyUnitMerges(facts: Fact[], merges: UnitMerge[]): Fact[] {
	if (merges.length === 0) return facts;
	const resolve = unitMergeResolver(merges);
	return facts.map((f) => {
		const unit = resolve(f.unit, f.region);
		return unit === f.unit ? f : { ...f, unit };
	});
}

/**
 * Merges applied to whole file results (facts and filings). Apply them before
 * resolveFilings/buildFacts, so that the merged unit's filings of one year are
 * resolved as one unit's (the later one supersedes the earlier).
 */
export function applyUnitMergesToResults(results: FileResult[], merges: UnitMerge[]): FileResult[] {
	if (merges.length === 0) return results;
	const resolve = unitMergeResolver(merges);
	return results.map((r) => ({
		...r,
		facts: applyUnitMerges(r.facts, merges),
		filings: r.filings.map((f) => {
			const unit = resolve(f.unit, f.region);
			return unit === f.unit ? f : { ...f, unit };
		})
	}));
}
