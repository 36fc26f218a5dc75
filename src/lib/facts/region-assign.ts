/**
 * Regions the user gives many units at once: the units picked by name, or
 * every unit whose name matches a pattern (`正宁县*` starts with, `*镇` ends
 * with, `山河` contains), optionally only those now in one region ('' = the
 * units whose files name no region). Applied to whole file results before
 * filings are resolved, like unit merges — a pure step; the decisions are kept
 * with the workspace.
 */
import type { FileResult } from './fact';

export interface RegionAssignment {
	/** Exact unit names … */
	units?: string[];
	/** … or a name pattern (* = any characters; no * = the name contains it). */
	pattern?: string;
	/** Only units now in this region ('' = no region known); omitted: whatever their region. */
	from?: string;
	region: string;
}

/** Whether a unit name matches a pattern: `a*` starts with, `*a` ends with, `a*b` both, no `*` contains. */
export function matchesPattern(unit: string, pattern: string): boolean {
	const p = pattern.trim();
	if (p === '') return false;
	if (!p.includes('*')) return unit.includes(p);
	const parts = p.split('*');
	const escaped = parts.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${escaped.join('.*')}$`, 'u').test(unit);
}

/** The region a (unit, region) ends up in: the last assignment that picks it wins. */
export function regionAssigner(assignments: readonly RegionAssignment[]): (unit: string, region: string) => string {
	const usable = assignments.filter((a) => a.region.trim() !== '' && ((a.units && a.units.length) || (a.pattern && a.pattern.trim())));
	const sets = usable.map((a) => (a.units ? new Set(a.units) : null));
	const cache = new Map<string, string>();
	return (unit, region) => {
		if (usable.length === 0 || unit === '') return region;
		const key = `${region}\u0000${unit}`;
		const hit = cache.get(key);
		if (hit !== undefined) return hit;
		let out = region;
		usable.forEach((a, i) => {
			if (a.from !== undefined && a.from !== region) return;
			if (sets[i] ? sets[i]!.has(unit) : matchesPattern(unit, a.pattern!)) out = a.region.trim();
		});
		cache.set(key, out);
		return out;
	};
}

/** The units (with their region now) an assignment would move: what the UI shows before the user confirms. */
export function unitsPicked(units: readonly { unit: string; region: string }[], a: Omit<RegionAssignment, 'region'>): { unit: string; region: string }[] {
	const set = a.units ? new Set(a.units) : null;
	return units.filter((u) => (a.from === undefined || a.from === u.region) && (set ? set.has(u.unit) : a.pattern ? matchesPattern(u.unit, a.pattern) : false));
}

/** Results with the assigned regions on facts and filings (results that do not change are returned as they are). */
export function applyRegionAssignments(results: FileResult[], assignments: readonly RegionAssignment[]): FileResult[] {
	if (assignments.length === 0) return results;
	const assign = regionAssigner(assignments);
	return results.map((r) => {
		let changed = false;
		const facts = r.facts.map((f) => {
			const region = assign(f.unit, f.region);
			if (region === f.region) return f;
			changed = true;
			return { ...f, region };
		});
		const filings = r.filings.map((f) => {
			const region = assign(f.unit, f.region);
			if (region === f.region) return f;
			changed = true;
			return { ...f, region };
		});
		return changed ? { ...r, facts, filings } : r;
	});
}

/**
 * Regions a roster (应报单位, each with its region) gives the filers whose files
 * name none: a filer with a roster unit's name, or one the user linked to a
 * roster unit, is put in that unit's region when its own region is unknown.
 * Structural types, so the roster (roster/) can pass its units and links as they are.
 */
export function rosterRegionAssignments(
	units: readonly { name: string; region: string }[],
	links: readonly { filer: string; filerRegion: string; unitRegion: string }[] = []
): RegionAssignment[] {
	const byRegion = new Map<string, Set<string>>();
	const add = (unit: string, region: string) => {
		if (!unit || !region.trim()) return;
		let set = byRegion.get(region);
		if (!set) byRegion.set(region, (set = new Set()));
		set.add(unit);
	};
	for (const u of units) add(u.name, u.region);
	for (const l of links) if (l.filerRegion === '') add(l.filer, l.unitRegion);
	// A name the roster lists in two regions says nothing about which one: left to the user.
	const seen = new Map<string, number>();
	for (const set of byRegion.values()) for (const u of set) seen.set(u, (seen.get(u) ?? 0) + 1);
	return [...byRegion]
		.map(([region, set]) => ({ units: [...set].filter((u) => seen.get(u) === 1).sort(), from: '', region }))
		.filter((a) => a.units.length > 0);
}
