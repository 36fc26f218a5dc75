/**
 * `normalize --roster LIST --status STATUS.csv`: the roster read from a
 * spreadsheet or CSV list, matched against the filings just read, one CSV row
 * per roster unit and year (and one per filer on no roster), and a line of
 * counts on stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readWorkbookLoading } from '../lib/read/index';
import type { FileResult } from '../lib/facts/fact';
import { toCsv, type CsvValue } from '../lib/export/csv';
import {
	STATUS_LABEL,
	completionOf,
	dueDateIn,
	emptyRoster,
	formatRate,
	rosterFromWorkbook,
	rosterState,
	setDeadlines,
	setYearUnits,
	type Roster,
	type RosterUnit,
	type UnitDecisions
} from '../lib/roster/index';
import type { Usage } from './args';

export interface RosterOptions {
	roster: string;
	status: string;
	interimDue?: string;
	finalDue?: string;
	year?: number;
}

/** The roster list's units; a list that cannot be read or names no unit is a usage error. */
export async function readRosterList(path: string, usage: Usage): Promise<RosterUnit[]> {
	let units: RosterUnit[] = [];
	try {
		const bytes = new Uint8Array(readFileSync(path));
		const read = rosterFromWorkbook(await readWorkbookLoading(bytes, basename(path)));
		for (const s of read.skipped) process.stderr.write(`  ${basename(path)}: ${s.reason.zh} / ${s.reason.en}\n`);
		units = read.units;
	} catch (e) {
		const err = e as { zh?: string; en?: string; message?: string };
		usage(`应报单位名单无法读取 / the roster list cannot be read: ${path}\n${err.zh ?? ''} ${err.en ?? err.message ?? ''}`);
	}
	if (units.length === 0) usage(`应报单位名单中没有单位 / the roster list names no unit: ${path}`);
	return units;
}

export const STATUS_CSV_HEADER = ['year', 'unit', 'region', 'status', 'status_zh', 'file', 'filed_on', 'contact', 'phone'];

/** The roster for `years` (each year the same list, the deadlines' month and day in that year). */
export function rosterForYears(units: RosterUnit[], years: number[], opts: Pick<RosterOptions, 'interimDue' | 'finalDue'>): Roster {
	let roster = emptyRoster();
	for (const year of years) {
		roster = setYearUnits(roster, year, units);
		roster = setDeadlines(roster, year, {
			interimDue: opts.interimDue ? dueDateIn(opts.interimDue, year) : null,
			finalDue: opts.finalDue ? dueDateIn(opts.finalDue, year) : null
		});
	}
	return roster;
}

/** The years a list given on the command line is the roster of: those asked for, else every year filed in, else this year. */
export function rosterYears(results: FileResult[], asked: number[] = []): number[] {
	if (asked.length) return [...new Set(asked)].sort();
	const filed = [...new Set(results.flatMap((r) => r.filings.map((f) => f.year)).filter((y): y is number => y !== null))].sort();
	return filed.length > 0 ? filed : [new Date().getFullYear()];
}

/** Writes the status CSV; returns the stderr summary line. `decisions`: the page's unit merges and regions (--merges), applied before matching. */
export function writeRosterStatus(units: RosterUnit[], results: FileResult[], opts: RosterOptions, decisions: UnitDecisions = {}): string {
	const years = rosterYears(results, opts.year !== undefined ? [opts.year] : []);
	const roster = rosterForYears(units, years, opts);
	const state = rosterState(roster, results, decisions);
	const rows: CsvValue[][] = [STATUS_CSV_HEADER];
	for (const s of state.statuses)
		rows.push([s.year, s.unit.name, s.unit.region, s.status, STATUS_LABEL[s.status].zh, s.latest?.file ?? s.failedFiles[0]?.file ?? '', s.latest?.filedOn ?? '', s.contact, s.phone]);
	for (const o of state.offRoster) rows.push([o.year, o.filer, o.region, 'off-roster', '名单外', o.files[o.files.length - 1]?.file ?? '', o.files[o.files.length - 1]?.filedOn ?? '', o.contact, o.phone]);
	writeFileSync(opts.status, toCsv(rows));
	return years
		.map((year) => {
			const c = completionOf(state.statuses, year);
			const off = state.offRoster.filter((o) => o.year === year).length;
			return `${year}: 应报 ${c.total} · 已报 ${c.reported}（${formatRate(c.rate)}）· 终报 ${c.counts.final} · 逾期 ${c.counts.late} · 仅报中期 ${c.counts.interim} · 无法读取 ${c.counts.unreadable} · 未报 ${c.counts.missing} · 名单外 ${off} / expected ${c.total}, reported ${c.reported} (${formatRate(c.rate)})`;
		})
		.join('\n');
}
