import type { Fact, FileResult } from './fact';

/** The CLI's stable output columns (a contract: tests and automation depend on it). */
export const FACT_CSV_HEADER = ['file', 'sheet', 'cell', 'unit', 'region', 'year', 'activity_id', 'metric_id', 'label', 'value', 'text', 'status'] as const;

export function csvField(v: string | number | null | undefined): string {
	if (v === null || v === undefined) return '';
	const s = String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function factCsvRow(f: Fact): string {
	return [f.file, f.sheet, f.cell, f.unit, f.region, f.year, f.activityId, f.metricId, f.label, f.value, f.text, f.status].map(csvField).join(',');
}

/** A file that could not be read still gets a row: status error, the reason in text. */
export function errorCsvRow(r: FileResult): string {
	const e = r.error!;
	return [r.file, '', '', '', '', '', '', '', '', '', `${e.zh} / ${e.en}`, 'error'].map(csvField).join(',');
}
