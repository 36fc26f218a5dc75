/**
 * Units the roster expects that have sent nothing readable (未报, 无法读取), as
 * far as the dashboard's filter reaches: inside the chosen regions (expanded
 * to the regions under them), matching the unit search, the unit or region a
 * chart click picked, in the years chosen. The by-unit chart and the by-unit
 * table show them as gaps — an empty slot, a blank row — never as 0; the
 * by-region chart shows a region none of whose expected units reported.
 */
import type { Filter } from './filter';

export interface Unreported {
	unit: string;
	region: string;
	year: number;
}

/** `regions`: the chosen regions expanded (what the queries use); empty: every region. */
export function unreportedInView(unreported: readonly Unreported[], filter: Filter, regions: readonly string[]): Unreported[] {
	const inRegions = regions.length ? new Set(regions) : null;
	const search = filter.unitSearch.trim().toLowerCase();
	return unreported.filter(
		(u) =>
			(!inRegions || inRegions.has(u.region)) &&
			(!search || u.unit.toLowerCase().includes(search)) &&
			(filter.unit === null || filter.unit === u.unit) &&
			(filter.region === null || filter.region === u.region) &&
			(filter.years.length === 0 || filter.years.includes(u.year))
	);
}

/**
 * Regions (per year) in which no expected unit has reported, inside the chosen regions and years:
 * `expected` is every roster unit with whether it reported. A region with any report is no gap.
 */
export function silentRegions(expected: readonly (Unreported & { reported: boolean })[], filter: Filter, regions: readonly string[]): { region: string; year: number }[] {
	const inRegions = regions.length ? new Set(regions) : null;
	const heard = new Map<string, boolean>();
	for (const u of expected) {
		if (u.region === '' || (inRegions && !inRegions.has(u.region)) || (filter.years.length && !filter.years.includes(u.year))) continue;
		const key = `${u.year}\u0000${u.region}`;
		heard.set(key, (heard.get(key) ?? false) || u.reported);
	}
	return [...heard].filter(([, reported]) => !reported).map(([key]) => ({ year: Number(key.split('\u0000')[0]), region: key.split('\u0000')[1] }));
}
