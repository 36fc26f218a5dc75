/**
 * The facts behind a report, with their provenance: the same filter as the
 * summary tables but every status (superseded, unmapped and ignored facts are
 * listed, never summed), as plain rows for the facts and unmapped sheets.
 */
import type { BoundQuery, Row } from '../db/types';
import { where, type WhereOptions } from '../query/sql';
import type { Filter } from '../query/filter';
import type { Fact, FactStatus } from '../facts/fact';

/** The facts table's columns with their provenance, Chinese headers (a stable order). */
export const FACT_EXPORT_COLUMNS = [
	['file', '文件'],
	['sheet', '工作表'],
	['cell', '单元格'],
	['unit', '单位'],
	['region', '地区'],
	['year', '年度'],
	['filedOn', '填报日期'],
	['activityId', '活动'],
	['metricId', '指标'],
	['label', '原表标签'],
	['value', '数值'],
	['approx', '约数'],
	['text', '文字'],
	['raw', '原文'],
	['status', '状态']
] as const;

/** What a facts export needs of a fact (a DuckDB row or a Fact both fit). */
export type FactExportRow = Pick<Fact, (typeof FACT_EXPORT_COLUMNS)[number][0]>;

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
