/**
 * Pure edits of a profile for the review screen: each returns a new profile
 * (the old one is untouched, so UI state can compare and undo).
 */
import { decisionKey } from './key';
import type { CustomMetric, LabelDecision, MappingProfile } from './profile';

/** Sets (or replaces) the decision for a label. */
export function withDecision(profile: MappingProfile, decision: LabelDecision): MappingProfile {
	const key = decisionKey(decision);
	return { ...profile, labels: [...profile.labels.filter((d) => decisionKey(d) !== key), decision] };
}

/** Forgets the decision for a label: the matcher's proposal counts again. */
export function withoutDecision(profile: MappingProfile, label: string, context?: string): MappingProfile {
	const key = decisionKey({ label, context });
	return { ...profile, labels: profile.labels.filter((d) => decisionKey(d) !== key) };
}

/** Adds (or replaces, by id) a custom metric. */
export function withMetric(profile: MappingProfile, metric: CustomMetric): MappingProfile {
	return { ...profile, metrics: [...profile.metrics.filter((m) => m.id !== metric.id), metric] };
}
