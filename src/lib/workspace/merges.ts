/** The user's answers to unit-merge proposals, and their check when stored or imported. */
import type { UnitMerge } from '../checks/unit-merge';
import { isObject } from '../base/problem';

export interface MergeDecisions {
	/** Applied to every file before filings are resolved (applyUnitMergesToResults). */
	accepted: UnitMerge[];
	/** Keys (mergeKey) of proposals the user turned down: never proposed again. */
	rejected: string[];
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
	return { accepted, rejected: [...(v.rejected as string[])] };
}

