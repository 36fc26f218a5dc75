/**
 * The schema's activities and metrics by id, by name (no wording). Apart from index.ts so that the page's
 * start can name them without reaching the matcher (index.ts re-exports it for the lazy panels).
 */
import { ACTIVITIES } from './activities';
import { METRIC_NAMES } from './metric-names';
import type { Activity, Family, MetricName } from './types';

export const FAMILIES: readonly Family[] = ['P', 'S', 'H', 'M', 'C', 'F', 'T'];

const metricById = new Map(METRIC_NAMES.map((m) => [m.id, m]));
const activityById = new Map(ACTIVITIES.map((a) => [a.id, a]));

export function getMetric(id: string): MetricName | undefined {
	return metricById.get(id);
}

export function getActivity(id: string): Activity | undefined {
	return activityById.get(id);
}

/** The metrics of one activity, in schema order. */
export function metricsOfActivity(id: string): MetricName[] {
	return METRIC_NAMES.filter((m) => m.activity === id);
}
