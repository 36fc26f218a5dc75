/**
 * Pure helpers of the mapping review screen: searching the metric catalog,
 * proposing a new metric's name, unit and id from a label, and the profile's
 * export file name.
 */
import type { MetricName } from '../schema/types';
import type { MappingProfile } from '../mapping/profile';
import { isSchemaMetric } from '../mapping/catalog';

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Metrics whose zh name, en name or id contain every word of the query (all of them for a blank query). */
export function searchMetrics(catalog: readonly MetricName[], query: string): MetricName[] {
	const words = query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return catalog.slice();
	return catalog.filter((m) => {
		const hay = fold(`${m.zh}|${m.en}|${m.id}`);
		return words.every((w) => hay.includes(w));
	});
}

const UNIT_AT_END = /[（(]\s*([^（）()]{1,6}?)\s*[）)]\s*$/;

/** The unit of measure a label ends with: 发放宣传资料（份） → 份. */
export function unitOfLabel(label: string): string {
	const leaf = label.split('|').pop() ?? label;
	return UNIT_AT_END.exec(leaf)?.[1] ?? '';
}

/** A name for a new metric from its label: the leaf without its unit bracket. */
export function nameOfLabel(label: string): string {
	const parts = label.split('|').map((p) => p.replace(UNIT_AT_END, '').trim()).filter(Boolean);
	return parts.join(' ') || label.trim();
}

/** A valid, unused custom metric id for a name: `custom.<name>` (letters of any script kept). */
export function customMetricId(name: string, profile: MappingProfile): string {
	const slug = name.normalize('NFKC').trim().replace(/[^\p{L}\p{N}_.-]+/gu, '_').replace(/^[._-]+|[._-]+$/g, '').slice(0, 80) || 'metric';
	const base = `custom.${slug}`;
	const taken = (id: string) => isSchemaMetric(id) || profile.metrics.some((m) => m.id === id);
	if (!taken(base)) return base;
	for (let i = 2; ; i++) if (!taken(`${base}_${i}`)) return `${base}_${i}`;
}

/** `映射配置-2024-06-30.json`: the date the profile was saved, for the next clerk to find. */
export function profileFileName(date = new Date()): string {
	return `映射配置-${date.toISOString().slice(0, 10)}.json`;
}
