/** Headline cards from the KPI query results: totals in view, latest year vs the year before. */
import type { Row } from '../db/types';
import { MEASURE_IDS, type Measure } from './filter';

export type KpiId = Measure | 'units';

export interface KpiCompare {
	year: number;
	prev: number;
	/** Raw totals of the two years, every unit that reported in each. */
	current: number;
	previous: number;
	/** Units reporting in each year (raw). */
	unitsCurrent: number;
	unitsPrevious: number;
	/**
	 * Like for like: the same measure over only the units that reported in both
	 * years (null for the count of units, or when no unit reported in both).
	 */
	same: { units: number; current: number; previous: number } | null;
	/** How many units reported in both years (0 when none did). */
	bothYears: number;
}

export interface Kpi {
	id: KpiId;
	value: number;
	/** The latest year in view against the year before it, when that year has data. */
	compare: KpiCompare | null;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : v === null || v === undefined ? 0 : Number(v));

/**
 * `totals`: one row of the filtered sums (kpiTotalsQuery); `perYear`: the same
 * per year without the year filter, with the like-for-like columns
 * (kpiYearsQuery); `years`: the years selected (empty = all). The comparison
 * takes the latest selected year (or the latest year with data) and the year just before it.
 */
export function buildKpis(totals: Row | undefined, perYear: Row[], years: number[]): Kpi[] {
	const byYear = new Map(perYear.map((r) => [num(r.year), r]));
	const available = [...byYear.keys()].sort((a, b) => a - b);
	const latest = years.length ? Math.max(...years) : available[available.length - 1];
	const ids: KpiId[] = [...MEASURE_IDS, 'units'];
	return ids.map((id) => {
		const cur = latest === undefined ? undefined : byYear.get(latest);
		const prev = latest === undefined ? undefined : byYear.get(latest - 1);
		const sameUnits = num(cur?.same_units);
		return {
			id,
			value: num(totals?.[id]),
			compare:
				cur && prev && latest !== undefined
					? {
							year: latest,
							prev: latest - 1,
							current: num(cur[id]),
							previous: num(prev[id]),
							unitsCurrent: num(cur.units),
							unitsPrevious: num(prev.units),
							bothYears: sameUnits,
							same: id !== 'units' && sameUnits > 0 ? { units: sameUnits, current: num(cur[`same_${id}`]), previous: num(cur[`prev_${id}`]) } : null
						}
					: null
		};
	});
}

/** Which way a change points: up, down, or flat (a change that rounds to 0.0 % gets no arrow). */
export function changeDirection(current: number, previous: number): 'up' | 'down' | 'flat' {
	if (!Number.isFinite(previous) || previous === 0) return 'flat';
	const pct = Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10;
	return pct > 0 ? 'up' : pct < 0 ? 'down' : 'flat';
}
