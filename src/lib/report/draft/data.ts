/** `draftQueries`' rows → typed figures per year, unit, region, metric and status. Pure. */
import type { Row } from '../../db/types';
import { MEASURE_IDS, type Measure } from '../../query/filter';

export type Sums = Record<Measure, number | null>;

export interface DraftData {
	/** Per year (null: year unknown): the four measures and the units reporting. */
	years: Map<number | null, { sums: Sums; units: number }>;
	units: { unit: string; year: number | null; sums: Sums }[];
	/** Per region (or per bar of the region tree: draftFromRows) and year; `regions`: the regions a bar adds up; `label`: its name when not the region's (宁县（本级）). */
	regions: { region: string; year: number | null; sums: Sums; regions?: string[]; label?: string }[];
	metrics: { year: number | null; activityId: string | null; metricId: string; family: string; value: number }[];
	/** Facts per year and status (every status). */
	statuses: { year: number | null; status: string; n: number }[];
	/** The most frequent labels outside the schema, per year (up to three). */
	unmappedLabels: { year: number | null; label: string; n: number }[];
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const yearOf = num;
const sumsOf = (r: Row): Sums => Object.fromEntries(MEASURE_IDS.map((m) => [m, num(r[m])])) as Sums;

export function draftData(results: readonly Row[][]): DraftData {
	const [years, units, regions, metrics, statuses, labels] = results;
	return {
		years: new Map(years.map((r) => [yearOf(r.year), { sums: sumsOf(r), units: Number(r.units ?? 0) }])),
		units: units.filter((r) => r.unit !== null && r.unit !== undefined).map((r) => ({ unit: String(r.unit), year: yearOf(r.year), sums: sumsOf(r) })),
		regions: regions.map((r) => ({ region: String(r.region ?? ''), year: yearOf(r.year), sums: sumsOf(r) })),
		metrics: metrics.map((r) => ({ year: yearOf(r.year), activityId: r.activity_id === null ? null : String(r.activity_id), metricId: String(r.metric_id), family: String(r.family), value: Number(r.value) })),
		statuses: statuses.map((r) => ({ year: yearOf(r.year), status: String(r.status), n: Number(r.n) })),
		unmappedLabels: labels.map((r) => ({ year: yearOf(r.year), label: String(r.label ?? ''), n: Number(r.n) }))
	};
}

/** The year reported on (the latest chosen, else the latest with data) and the year before it when loaded. */
export function draftYears(data: DraftData, chosen: readonly number[]): { year: number | null; prevYear: number | null } {
	const loaded = [...data.years.entries()].filter(([y, v]) => y !== null && v.units > 0).map(([y]) => y as number);
	const year = chosen.length ? Math.max(...chosen) : loaded.length ? Math.max(...loaded) : null;
	const prevYear = year !== null && loaded.includes(year - 1) ? year - 1 : null;
	return { year, prevYear };
}
