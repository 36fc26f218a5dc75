/**
 * The facts behind a report, with their provenance: the same filter as the
 * summary tables but every status (superseded, unmapped and ignored facts are
 * listed, never summed), as plain rows for the facts and unmapped sheets.
 */
import type { BoundQuery, Row } from '../db/types';
import { where, type WhereOptions } from '../dashboard/sql';
import type { Filter } from '../dashboard/filter';
import type { FactStatus } from '../facts/fact';
import type { FactExportRow } from '../export/csv';

export function reportFactsQuery(filter: Filter, opts: WhereOptions = {}): BoundQuery {
	const w = where(filter, { ...opts, allStatuses: true });
	return {
		sql: `SELECT file, sheet, cell, unit, region, year, filed_on, activity_id, metric_id, label, value, approx, text, raw, status FROM facts ${w.sql} ORDER BY file, sheet, TRY_CAST(regexp_extract(cell, '[0-9]+$') AS INTEGER), cell, metric_id`,
		params: w.params
	};
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** DuckDB rows (snake_case) → export rows. */
export function toFactRows(rows: readonly Row[]): FactExportRow[] {
	return rows.map((r) => ({
		file: String(r.file ?? ''),
		sheet: String(r.sheet ?? ''),
		cell: String(r.cell ?? ''),
		unit: String(r.unit ?? ''),
		region: String(r.region ?? ''),
		year: r.year === null || r.year === undefined ? null : Number(r.year),
		filedOn: str(r.filed_on),
		activityId: str(r.activity_id),
		metricId: str(r.metric_id),
		label: String(r.label ?? ''),
		value: r.value === null || r.value === undefined ? null : Number(r.value),
		approx: r.approx === true,
		text: str(r.text),
		raw: String(r.raw ?? ''),
		status: String(r.status) as FactStatus
	}));
}

/** One label outside the schema: how often it was seen, its values' sum, where. */
export interface UnmappedItem {
	label: string;
	count: number;
	/** Sum of its numbers (null when they are all texts). */
	sum: number | null;
	files: string[];
	/** The first place it was seen (file · sheet!cell). */
	example: string;
}

export function unmappedItems(facts: readonly FactExportRow[]): UnmappedItem[] {
	const byLabel = new Map<string, UnmappedItem>();
	for (const f of facts) {
		if (f.status !== 'unmapped') continue;
		let item = byLabel.get(f.label);
		if (!item) byLabel.set(f.label, (item = { label: f.label, count: 0, sum: null, files: [], example: `${f.file} · ${f.sheet ? f.sheet + '!' : ''}${f.cell}` }));
		item.count++;
		if (f.value !== null) item.sum = (item.sum ?? 0) + f.value;
		if (!item.files.includes(f.file)) item.files.push(f.file);
	}
	return [...byLabel.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
}
