import { ACTIVITIES } from './activities';
import { METRICS } from './metrics';
import type { Activity, Family, Metric } from './types';

export type { Activity, Family, Metric } from './types';
export { ACTIVITIES } from './activities';
export { METRICS } from './metrics';
export { matchMetric, rankMetrics, detectActivity, type MetricMatch } from './match';
export { measureOf } from './measure';
export { suggestMetrics, type Suggestion, type SuggestionReason } from './suggest';
export { normalizeLabel } from './label';

export const FAMILIES: readonly Family[] = ['P', 'S', 'H', 'M', 'C', 'F', 'T'];

const metricById = new Map(METRICS.map((m) => [m.id, m]));
const activityById = new Map(ACTIVITIES.map((a) => [a.id, a]));

export function getMetric(id: string): Metric | undefined {
	return metricById.get(id);
}

export function getActivity(id: string): Activity | undefined {
	return activityById.get(id);
}

/** The metrics of one activity, in schema order. */
export function metricsOfActivity(id: string): Metric[] {
	return METRICS.filter((m) => m.activity === id);
}
