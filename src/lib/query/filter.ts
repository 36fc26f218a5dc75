/** The dashboard's filter, as plain data (the runes store wraps it). */
export interface Filter {
	years: number[];
	/** Regions as chosen; a parent region stands for itself and its children (see regions.ts). */
	regions: string[];
	activities: string[];
	/** Part of a unit's name, case-insensitive. */
	unitSearch: string;
	/** Set by clicking a chart. */
	unit: string | null;
	region: string | null;
	activity: string | null;
}

export function emptyFilter(): Filter {
	return { years: [], regions: [], activities: [], unitSearch: '', unit: null, region: null, activity: null };
}

export { MEASURES, MEASURE_IDS, type Measure } from '../schema/headline';
