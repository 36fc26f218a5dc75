/**
 * CSV for Excel on Chinese Windows: UTF-8 with a BOM (without it Excel reads
 * the bytes as GBK and the Chinese turns to mojibake), CRLF line ends, and no
 * cell a spreadsheet would run as a formula. Pure: the browser downloads the
 * string, the CLI writes it.
 */
import { summaryHeaders, type SummaryTable } from '../report/summary';
import { FACT_EXPORT_COLUMNS, type FactExportRow } from '../report/facts';
import { csvField } from '../facts/csv-out';

export type CsvValue = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/** Text a spreadsheet would treat as a formula (=, +, -, @) or a control character that can smuggle one in. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that could run as a formula gets a leading apostrophe (OWASP's advice
 * for CSV injection); Excel shows the text and never evaluates it. Only text is
 * touched: a negative number written as a number stays a number.
 */
export function neutralize(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field: numbers as numbers, text neutralized and quoted when needed. */
export function csvCell(v: CsvValue): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
	if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
	return csvField(neutralize(v));
}

/** Rows → CSV text with BOM and CRLF (a CRLF after the last row too, as Excel writes). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
	return BOM + rows.map((r) => r.map(csvCell).join(',')).join(CRLF) + CRLF;
}

/** A summary table as rows: header, one row per unit/region/activity, the 合计 row. */
export function summaryRows(t: SummaryTable): CsvValue[][] {
	const body = t.rows.map((r) => [r.label, ...r.values, r.total, r.change.abs, round1(r.change.pct)]);
	return [summaryHeaders(t), ...body, ['合计', ...t.totals.values, t.totals.total, t.totals.change.abs, round1(t.totals.change.pct)]];
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function summaryCsv(t: SummaryTable): string {
	return toCsv(summaryRows(t));
}

/** A fact's field as exported: 约数 as 是 / blank, everything else as stored. */
export function factCell(f: FactExportRow, k: keyof FactExportRow): CsvValue {
	if (k === 'approx') return f.approx ? '是' : '';
	return f[k] as CsvValue;
}

export function factRows(facts: readonly FactExportRow[]): CsvValue[][] {
	return [FACT_EXPORT_COLUMNS.map(([, zh]) => zh), ...facts.map((f) => FACT_EXPORT_COLUMNS.map(([k]) => factCell(f, k)))];
}

export function factsCsv(facts: readonly FactExportRow[]): string {
	return toCsv(factRows(facts));
}
