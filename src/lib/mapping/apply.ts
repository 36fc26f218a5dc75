/**
 * Applies the user's decisions to facts: a pure step after resolveFilings, so
 * a decision made in the review screen reaches every file with that label at
 * once, without reading any file again.
 */
import type { Fact } from '../facts/fact';
import { catalogMetric } from './catalog';
import { decisionKey, labelKey } from './key';
import type { LabelDecision, MappingProfile } from './profile';

/** The decisions of a profile by label key. */
export function decisionIndex(profile: MappingProfile): Map<string, LabelDecision> {
	const index = new Map<string, LabelDecision>();
	for (const d of profile.labels) index.set(decisionKey(d), d);
	return index;
}

/**
 * Facts with the profile's decisions applied (facts without a decision come back as they were).
 * A decided fact gets confidence 1 and the decided metric; `ignore` gives status 'ignored'
 * (never summed, still listed) and no metric; a null metric gives 'unmapped'. A superseded fact
 * stays superseded — only its metric changes. Apply it to the facts of resolveFilings (the
 * readers' own proposals), not to facts a profile was already applied to.
 */
export function applyMapping(facts: Fact[], profile: MappingProfile): Fact[] {
	if (profile.labels.length === 0) return facts;
	const index = decisionIndex(profile);
	return facts.map((f) => {
		const d = index.get(labelKey(f.label));
		if (!d) return f;
		const superseded = f.status === 'superseded';
		const metric = !d.ignore && d.metricId !== null ? catalogMetric(d.metricId, profile) : undefined;
		if (d.ignore) return { ...f, metricId: null, activityId: null, family: null, status: superseded ? 'superseded' : 'ignored', confidence: 1 };
		// A validated profile only names known metrics; an unknown id (a hand-built profile) unmaps.
		if (!metric) return { ...f, metricId: null, activityId: null, family: null, status: superseded ? 'superseded' : 'unmapped', confidence: 1 };
		return { ...f, metricId: metric.id, activityId: metric.activity, family: metric.family, status: superseded ? 'superseded' : 'ok', confidence: 1 };
	});
}
