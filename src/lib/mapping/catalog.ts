import { METRIC_NAMES } from '../schema/metric-names';
import type { MetricName } from '../schema/types';
import type { CustomMetric, MappingProfile } from './profile';

const SCHEMA_BY_ID = new Map(METRIC_NAMES.map((m) => [m.id, m]));

export function isSchemaMetric(id: string): boolean {
	return SCHEMA_BY_ID.has(id);
}

export function customToMetric(c: CustomMetric): MetricName {
	return { id: c.id, activity: c.activity, family: c.family, zh: c.zh, en: c.en, unit: c.unit };
}

/** The metrics the UI can offer and look up: the schema's, then the profile's custom ones. */
export function metricCatalog(profile?: MappingProfile | null): MetricName[] {
	return profile && profile.metrics.length > 0 ? [...METRIC_NAMES, ...profile.metrics.map(customToMetric)] : METRIC_NAMES.slice();
}

/** A metric by id, schema first, then the profile's custom metrics. */
export function catalogMetric(id: string, profile?: MappingProfile | null): MetricName | undefined {
	const inSchema = SCHEMA_BY_ID.get(id);
	if (inSchema) return inSchema;
	const custom = profile?.metrics.find((m) => m.id === id);
	return custom ? customToMetric(custom) : undefined;
}
