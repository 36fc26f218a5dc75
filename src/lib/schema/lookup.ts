/**
 * The schema's activities and metrics by id. Apart from index.ts so that the page's start
 * can name them without reaching the matcher (index.ts re-exports it for the lazy panels).
 */
import { ACTIVITIES } from './activities';
import { METRICS } from './metrics';
import type { Activity, Family, Metric } from './types';

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
