/**
 * From a reader's raw cells to the Workbook, the same for both .xlsx readers
 * (our own, xlsx.ts, and SheetJS): the cell's typed value and shown text, the
 * limits on rows, columns and cells, and the warning for a formula without a
 * value. A raw cell is shaped as SheetJS's CellObject (t, v, w, z, f), so
 * SheetJS's sheets pass through as they are and ours are built the same way.
 */
import type { Cell, CellValue, FileFormat, Range, Sheet, Workbook } from './workbook';
import { cellAddress } from './workbook';
import { problem, type Problem } from '../base/problem';
import type { ReadLimits } from './limits';
import { tooManyCells, tooManyColumns, tooManyRows } from './errors';
import { isDateFormat } from './number-format';
import { formulaEngine } from './formula-loader';
import type { PendingFormula } from './formulas';

/** A cell as the reader made it: SheetJS's CellObject fields read here. */
export interface RawCell {
	/** n number, s string, b boolean, e error, d date, z stub (no value). */
	t: string;
	v?: unknown;
	/** The text as formatted. */
	w?: string;
	/** The number format. */
	z?: string | number;
	/** The formula's text. */
	f?: string;
}

/** Rows of raw cells as SheetJS's dense `!data`. */
export type RawRows = (RawCell | undefined)[][];

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/**
 * An Excel serial day number as a Date in UTC, time of day included (no zone
 * shifts). A 1904-system workbook (Mac Excel's "1904 date system") counts
 * from 1904-01-01: its serial is 1,462 days less for the same date.
 */
function excelDate(serial: number, date1904: boolean): Date {
	return new Date((date1904 ? EPOCH_1904_MS : EXCEL_EPOCH_MS) + Math.round(serial * 86_400_000));
}

/** isDateFormat per number format: a sheet has a handful of formats and 400,000 numbers. */
const DATE_FORMATS = new Map<string, boolean>();

function isDate(format: string): boolean {
	const known = DATE_FORMATS.get(format);
	if (known !== undefined) return known;
	const date = isDateFormat(format);
	if (DATE_FORMATS.size < 1000) DATE_FORMATS.set(format, date);
	return date;
}

/** A reader's raw cell as a Workbook cell; date1904: the workbook counts its dates from 1904. */
export function toCell(raw: RawCell, row: number, col: number, date1904 = false): Cell | undefined {
	let value: CellValue;
	let text: string;
	switch (raw.t) {
		case 'z':
		case 'e':
			if (raw.t === 'e' && raw.w) return { row, col, value: raw.w, text: raw.w, formula: !!raw.f };
			return undefined;
		case 'n': {
			const n = raw.v as number;
			value = raw.z && isDate(raw.z as string) ? excelDate(n, date1904) : n;
			text = raw.w ?? String(n);
			break;
		}
		case 'd':
			value = raw.v instanceof Date ? raw.v : new Date(String(raw.v));
			text = raw.w ?? String(raw.v);
			break;
		case 'b':
			value = !!raw.v;
			text = raw.v ? 'TRUE' : 'FALSE';
			break;
		default:
			value = raw.v == null ? '' : String(raw.v);
			text = value;
	}
	if (text === '' && value === '') return undefined;
	// `formula` only when set (no spread of a throwaway object: this runs for every cell).
	const cell: Cell = { row, col, value, text };
	if (raw.f) cell.formula = true;
	return cell;
}

/** A formula Excel never calculated (a file written by a program, not saved by Excel) that could not be computed here either. */
function formulaWithoutValue(sheet: string, at: string, formula: string, reason: { zh: string; en: string }): Problem {
	return problem(
		'warning',
		'formula.no-value',
		`${at} 是公式（=${shortFormula(formula)}），无法在此算出（${reason.zh}），按空白处理：公式没有计算结果，请在 Excel 中打开并保存后再导入。`,
		`${at} holds a formula (=${shortFormula(formula)}) with no calculated value, and it cannot be computed here (${reason.en}); treated as blank. Open the file in Excel and save it, then import it again.`,
		{ sheet, cell: at }
	);
}

const shortFormula = (f: string) => (f.length > 80 ? f.slice(0, 80) + '…' : f);

/** One note per sheet for the formulas computed here: the figures come from the sheet's own cells, not from Excel. */
function formulasComputed(sheet: string, done: { at: string; formula: string; value: number | string | boolean }[]): Problem {
	const first = done[0];
	const eg = `${first.at} =${shortFormula(first.formula)} → ${first.value}`;
	return problem(
		'info',
		'formula.computed',
		`工作表“${sheet}”中有 ${done.length} 个公式没有保存计算结果，已按表中的数据算出（如 ${eg}）。`,
		`Sheet "${sheet}" has ${done.length} formula(s) saved without their results; they were computed from the sheet's own cells (e.g. ${eg}).`,
		{ sheet, cell: first.at }
	);
}

/** A computed formula's result as a cell. */
function computedCell(row: number, col: number, value: number | string | boolean): Cell {
	const text = typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
	return { row, col, value, text, formula: true };
}

/**
 * Builds a Workbook sheet by sheet, within the limits: throws a FileError at
 * the first limit passed, in the order the sheets, rows and cells come.
 */
export class WorkbookBuilder {
	private readonly problems: Problem[] = [];
	private readonly sheets: Sheet[] = [];
	private cells = 0;
	/** Formula cells without a cached value: computed once every sheet is in. */
	private readonly pending: PendingFormula[] = [];
	/** The day the workbook was last saved, when its properties say (see Workbook.savedOn). */
	savedOn: string | null = null;

	constructor(
		private readonly format: FileFormat,
		private readonly fileName: string,
		private readonly limits: ReadLimits,
		/** The workbook's 1904 date system (workbookPr date1904): its date serials count from 1904-01-01. */
		private readonly date1904 = false
	) {}

	/** Adds one sheet; `data` holds no row past limits.maxRows + 1 (the reader stops there). */
	sheet(name: string, hidden: boolean, data: RawRows, merges: Range[]): void {
		const { limits, fileName } = this;
		// A row with content past the limit (the declared <dimension> is not trusted: programs write odd ones).
		for (let r = limits.maxRows; r < data.length; r++)
			if (data[r]?.some((c) => c && (c.t !== 'z' || c.f))) throw tooManyRows(fileName, name, r + 1, limits.maxRows);
		const rows: (Cell | undefined)[][] = [];
		let colCount = 0;
		for (let r = 0; r < data.length; r++) {
			const src = data[r];
			if (!src) continue;
			if (src.length > limits.maxColumns) throw tooManyColumns(fileName, name, src.length, limits.maxColumns);
			const out: (Cell | undefined)[] = [];
			for (let c = 0; c < src.length; c++) {
				const raw = src[c];
				if (!raw) continue;
				if (raw.f && raw.t === 'z') this.pending.push({ sheet: this.sheets.length, row: r, col: c, formula: raw.f });
				const cell = toCell(raw, r, c, this.date1904);
				if (cell) {
					out[c] = cell;
					if (c + 1 > colCount) colCount = c + 1;
					if (++this.cells > limits.maxCells) throw tooManyCells(fileName, limits.maxCells);
				}
			}
			if (out.length) rows[r] = out;
		}
		this.sheets.push({ name, hidden, rows, colCount, merges });
	}

	/** The formulas without a cached value, computed over the workbook's cells (or each named with why it could not be). */
	private computePending(): void {
		if (this.pending.length === 0) return;
		const computed = new Map<number, { at: string; formula: string; value: number | string | boolean }[]>();
		for (const o of formulaEngine().computeFormulas(this.sheets, this.pending)) {
			const { sheet: s, row, col, formula } = o.at;
			const sheet = this.sheets[s];
			const at = cellAddress(row, col);
			if ('reason' in o) {
				this.problems.push(formulaWithoutValue(sheet.name, at, formula, o.reason));
				continue;
			}
			if (o.value === '') continue; // a blank stays blank
			(sheet.rows[row] ??= [])[col] = computedCell(row, col, o.value);
			if (col + 1 > sheet.colCount) sheet.colCount = col + 1;
			const list = computed.get(s) ?? [];
			computed.set(s, list);
			list.push({ at, formula, value: o.value });
		}
		for (const [s, list] of computed) this.problems.push(formulasComputed(this.sheets[s].name, list));
	}

	workbook(): Workbook {
		this.computePending();
		const wb: Workbook = { format: this.format, sheets: this.sheets };
		if (this.problems.length) wb.problems = this.problems;
		if (this.savedOn) wb.savedOn = this.savedOn;
		return wb;
	}
}
