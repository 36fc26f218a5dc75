/**
 * How complete a year's figures are: counts per status, per region and in
 * all, and the rates the dashboard, the report and the pack state.
 * Reported = any readable filing (final, late or interim only); the final
 * rate counts final and late filings.
 */
import type { UnitStatus } from './status';
import { STATUS_ORDER, type UnitStatusCode } from './types';

export interface Completion {
	region: string;
	total: number;
	counts: Record<UnitStatusCode, number>;
	/** Units with any readable filing. */
	reported: number;
	/** Units with a final filing (on time or late). */
	finalFiled: number;
	/** reported / total, 0..1 (0 for an empty roster). */
	rate: number;
	finalRate: number;
}

const zeroCounts = (): Record<UnitStatusCode, number> => Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<UnitStatusCode, number>;

function complete(region: string, statuses: UnitStatus[]): Completion {
	const counts = zeroCounts();
	for (const s of statuses) counts[s.status]++;
	const total = statuses.length;
	const reported = counts.final + counts.late + counts.interim;
	const finalFiled = counts.final + counts.late;
	return { region, total, counts, reported, finalFiled, rate: total ? reported / total : 0, finalRate: total ? finalFiled / total : 0 };
}

/** The year's completion in all. */
export function completionOf(statuses: UnitStatus[], year: number): Completion {
	return complete('', statuses.filter((s) => s.year === year));
}

/** The year's completion per roster region (units without a region under ''), in the roster's order of regions. */
export function completionByRegion(statuses: UnitStatus[], year: number): Completion[] {
	const groups = new Map<string, UnitStatus[]>();
	for (const s of statuses) {
		if (s.year !== year) continue;
		const list = groups.get(s.unit.region);
		if (list) list.push(s);
		else groups.set(s.unit.region, [s]);
	}
	return [...groups].map(([region, list]) => complete(region, list));
}

/** A rate as a clerk writes it: 73.3% (one decimal, none when whole). */
export function formatRate(rate: number): string {
	const pct = Math.round(rate * 1000) / 10;
	return `${pct}%`;
}

/** 据不完全统计 applies: some roster unit has no readable filing. */
export const isIncomplete = (c: Completion) => c.total > 0 && c.reported < c.total;

/** One line for a report or a dashboard: `2024年：应报30家，已报18家（60%）；其中终报14家、逾期1家、仅报中期3家，无法读取1家，未报11家`. */
export function completionLine(c: Completion, year: number, lang: 'zh' | 'en' = 'zh'): string {
	const n = c.counts;
	return lang === 'zh'
		? `${year}年：应报${c.total}家，已报${c.reported}家（${formatRate(c.rate)}）；其中终报${n.final}家、逾期${n.late}家、仅报中期${n.interim}家，无法读取${n.unreadable}家，未报${n.missing}家`
		: `${year}: ${c.reported} of ${c.total} units reported (${formatRate(c.rate)}); final ${n.final}, late ${n.late}, interim only ${n.interim}, unreadable ${n.unreadable}, not filed ${n.missing}`;
}
