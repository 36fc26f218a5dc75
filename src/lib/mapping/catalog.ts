import { METRICS } from '../schema/metrics';
import type { Metric } from '../schema/types';
import type { CustomMetric, MappingProfile } from './profile';

const SCHEMA_BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function isSchemaMetric(id: string): boolean {
	return SCHEMA_BY_ID.has(id);
}

export function customToMetric(c: CustomMetric): Metric {
	return { id: c.id, activity: c.activity, family: c.family, zh: c.zh, en: c.en, unit: c.unit, synonyms: [] };
}

/** The metrics the UI can offer and look up: the schema's, then the profile's custom ones. */
export function metricCatalog(profile?: MappingProfile | null): Metric[] {
	return profile && profile.metrics.length > 0 ? [...METRICS, ...profile.metrics.map(customToMetric)] : METRICS.slice();
}

/** A metric by id, schema first, then the profile's custom metrics. */
export function catalogMetric(id: string, profile?: MappingProfile | null): Metric | undefined {
	const inSchema = SCHEMA_BY_ID.get(id);
	if (inSchema) return inSchema;
	const custom = profile?.metrics.find((m) => m.id === id);
	return custom ? customToMetric(custom) : undefined;
}
