/** Headline cards from the KPI query results: totals in view, latest year vs the year before. */
import type { Row } from '../db/types';
import { MEASURE_IDS, type Measure } from './filter';

export type KpiId = Measure | 'units';

export interface Kpi {
	id: KpiId;
	value: number;
	/** The latest year in view against the year before it, when that year has data. */
	compare: { year: number; prev: number; current: number; previous: number } | null;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : v === null || v === undefined ? 0 : Number(v));

/**
 * `totals`: one row of the filtered sums; `perYear`: the same per year without
 * the year filter; `years`: the years selected (empty = all). The comparison
 * takes the latest selected year (or the latest year with data) and the year
 * just before it.
 */
export function buildKpis(totals: Row | undefined, perYear: Row[], years: number[]): Kpi[] {
	const byYear = new Map(perYear.map((r) => [num(r.year), r]));
	const available = [...byYear.keys()].sort((a, b) => a - b);
	const latest = years.length ? Math.max(...years) : available[available.length - 1];
	const ids: KpiId[] = [...MEASURE_IDS, 'units'];
	return ids.map((id) => {
		const cur = latest === undefined ? undefined : byYear.get(latest);
		const prev = latest === undefined ? undefined : byYear.get(latest - 1);
		return {
			id,
			value: num(totals?.[id]),
			compare: cur && prev && latest !== undefined ? { year: latest, prev: latest - 1, current: num(cur[id]), previous: num(prev[id]) } : null
		};
	});
}
