import type { Fact, FileResult } from './fact';

/** The CLI's stable output columns (a contract: tests and automation depend on it). */
export const FACT_CSV_HEADER = ['file', 'sheet', 'cell', 'unit', 'region', 'year', 'activity_id', 'metric_id', 'label', 'value', 'text', 'status'] as const;

export function csvField(v: string | number | null | undefined): string {
	if (v === null || v === undefined) return '';
	const s = String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type FactColumn = (typeof FACT_CSV_HEADER)[number];

/** One output row (CSV or Parquet): a fact's values by column; null for a blank. */
export type FactRecord = Record<FactColumn, string | number | null>;

export function factRecord(f: Fact): FactRecord {
	return { file: f.file, sheet: f.sheet, cell: f.cell, unit: f.unit, region: f.region, year: f.year, activity_id: f.activityId, metric_id: f.metricId, label: f.label, value: f.value, text: f.text, status: f.status };
}

/** A file that could not be read still gets a row: status error, the reason in text. */
export function errorRecord(r: FileResult): FactRecord {
	const e = r.error!;
	const blank = Object.fromEntries(FACT_CSV_HEADER.map((c) => [c, null])) as FactRecord;
	return { ...blank, file: r.file, text: `${e.zh} / ${e.en}`, status: 'error' };
}

const csvRow = (record: FactRecord) => FACT_CSV_HEADER.map((c) => csvField(record[c])).join(',');

export const factCsvRow = (f: Fact): string => csvRow(factRecord(f));

export const errorCsvRow = (r: FileResult): string => csvRow(errorRecord(r));
