/**
 * Units the roster expects that have not reported, on a by-unit chart: each a
 * labelled empty slot after the bars (its name marked 未报, greyed, no bar) —
 * never a 0 bar, never silently absent — and counted in the chart's text
 * description. Only the year the bars show has gaps. Pure.
 */

/** A unit expected in `year` that has sent nothing readable. */
export interface Gap {
	name: string;
	year: number;
}

export interface GapLabels {
	/** A gap's name as shown: 永和镇（未报）. */
	gapName?: (name: string) => string;
	/** The text description's and the export's note: 未报 3 个应报单位：A、B、C. */
	gapNote?: (count: number, names: string) => string;
}

export interface GapSlots {
	/** Names of the slots drawn (at most `max`). */
	names: string[];
	/** Every gap of the year (the note counts them all). */
	count: number;
	year: number;
	note: string;
}

const NAMES_IN_NOTE = 5;

/**
 * The gaps of the year the chart shows (`year`: the bars' year; null when the
 * bars span years and none is shown alone — then nothing is a gap), less the
 * names already drawn, at most `max` as slots.
 */
export function gapSlots(gaps: readonly Gap[] | undefined, year: number | null, drawn: readonly string[], max: number, labels: GapLabels): GapSlots | null {
	if (!gaps?.length || year === null) return null;
	const present = new Set(drawn);
	const names = [...new Set(gaps.filter((g) => g.year === year && !present.has(g.name)).map((g) => g.name))];
	if (names.length === 0) return null;
	const list = names.slice(0, NAMES_IN_NOTE).join('、') + (names.length > NAMES_IN_NOTE ? '…' : '');
	const note = (labels.gapNote ?? ((n, s) => `未报 ${n} 个应报单位：${s}`))(names.length, list);
	return { names: names.slice(0, Math.max(0, max)), count: names.length, year, note };
}

/** A gap slot's category entry: its marked name, greyed (ECharts takes a style per category). */
export const gapCategory = (name: string, labels: GapLabels) => ({ value: (labels.gapName ?? ((n) => `${n}（未报）`))(name), textStyle: { color: '#8a8f96' } });
