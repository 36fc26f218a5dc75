/** The user's answers to unit-merge proposals, and their check when stored or imported. */
import type { UnitMerge } from '../facts/unit-merges';
import type { RegionAssignment } from '../facts/region-assign';
import type { RegionNesting } from '../facts/region-links';
import { isObject } from '../base/problem';

/** The longest region name a user may give. */
export const MAX_REGION = 100;

/** The user's answers to unit-merge proposals. */
export interface MergeDecisions {
	/** Applied to every file before filings are resolved (applyUnitMergesToResults). */
	accepted: UnitMerge[];
	/** Keys (mergeKey) of proposals the user turned down: never proposed again. */
	rejected: string[];
	/** Regions given to many units at once (by name or pattern), applied before the merges. */
	regions?: RegionAssignment[];
	/** Which region lies inside which, as the user says (applied over the data's links: withUserNesting). */
	nesting?: RegionNesting[];
}

export const emptyMergeDecisions = (): MergeDecisions => ({ accepted: [], rejected: [] });

/** Identity of a proposal: region, from, to. */
export const mergeKey = (m: { from: string; to: string; region?: string }): string => `${m.region ?? ''}\u0000${m.from}\u0000${m.to}`;

export const shortText = (v: unknown, max = 1000): v is string => typeof v === 'string' && v.length <= max;
const MAX_MERGES = 100_000;

/** Stored or imported merge decisions checked; null when they are not acceptable. */
export function validateMergeDecisions(v: unknown): MergeDecisions | null {
	if (!isObject(v) || !Array.isArray(v.accepted) || !Array.isArray(v.rejected)) return null;
	if (v.accepted.length > MAX_MERGES || v.rejected.length > MAX_MERGES) return null;
	const accepted: UnitMerge[] = [];
	for (const m of v.accepted) {
		if (!isObject(m) || !shortText(m.from) || !shortText(m.to) || m.from === '' || m.to === '') return null;
		if (m.region !== undefined && !shortText(m.region)) return null;
		accepted.push({ from: m.from, to: m.to, ...(m.region !== undefined ? { region: m.region as string } : {}) });
	}
	if (!v.rejected.every((k) => shortText(k, 3000))) return null;
	const regions = v.regions === undefined ? [] : validateRegionAssignments(v.regions);
	if (regions === null) return null;
	const nesting = v.nesting === undefined ? [] : validateNesting(v.nesting);
	if (nesting === null) return null;
	return { accepted, rejected: [...(v.rejected as string[])], ...(regions.length ? { regions } : {}), ...(nesting.length ? { nesting } : {}) };
}

function validateRegionAssignments(v: unknown): RegionAssignment[] | null {
	if (!Array.isArray(v) || v.length > MAX_MERGES) return null;
	const out: RegionAssignment[] = [];
	for (const a of v) {
		if (!isObject(a) || !shortText(a.region, MAX_REGION) || a.region.trim() === '') return null;
		if (a.from !== undefined && !shortText(a.from, MAX_REGION)) return null;
		if (a.pattern !== undefined && (!shortText(a.pattern) || a.pattern.trim() === '')) return null;
		if (a.units !== undefined && (!Array.isArray(a.units) || a.units.length > MAX_MERGES || !a.units.every((u) => shortText(u)))) return null;
		if ((a.pattern === undefined) === (a.units === undefined)) return null;
		out.push({ region: a.region, ...(a.from !== undefined ? { from: a.from as string } : {}), ...(a.pattern !== undefined ? { pattern: a.pattern as string } : {}), ...(a.units !== undefined ? { units: [...(a.units as string[])] } : {}) });
	}
	return out;
}

function validateNesting(v: unknown): RegionNesting[] | null {
	if (!Array.isArray(v) || v.length > MAX_MERGES) return null;
	const out: RegionNesting[] = [];
	for (const n of v) {
		if (!isObject(n) || !shortText(n.child, MAX_REGION) || n.child.trim() === '' || !shortText(n.parent, MAX_REGION)) return null;
		if (n.apart !== undefined && typeof n.apart !== 'boolean') return null;
		if (n.apart && n.parent === '') return null;
		out.push({ child: n.child, parent: n.parent, ...(n.apart ? { apart: true } : {}) });
	}
	return out;
}
