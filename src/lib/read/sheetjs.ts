import * as XLSX from '@e965/xlsx';
import type { Cell, CellValue, Range, Sheet, Workbook, FileFormat } from './workbook';
import { cellAddress } from './workbook';
import { FileError, problem, type Problem } from '../facts/problem';
import { READ_LIMITS, type ReadLimits } from './limits';
import { tooManyCells, tooManyColumns, tooManyRows } from './errors';
import { denseCells, PART_MARKER, type PlainCell } from './sheet-cells';

/*
 * Code pages. A legacy BIFF5 .xls (Excel 5/95, common from Chinese Windows)
 * stores its text in a code page such as 936 (GBK); SheetJS decodes it with
 * tables of ~500 KB (cpexcel). Only such files need them (.xlsx, BIFF8 .xls,
 * HTML and CSV do not), so in a browser they load on demand: the ingest worker
 * awaits ensureCodepages() when needsCodepages(bytes) says so, before the
 * synchronous read. In Node (CLI, tests) they load once, here, at import.
 */
let codepagesLoaded = false;
let codepagesLoading: Promise<void> | null = null;

/** Loads SheetJS's code-page tables once; later calls return the same promise. */
export function ensureCodepages(): Promise<void> {
	codepagesLoading ??= import('@e965/xlsx/dist/cpexcel.full.mjs').then((cptable) => {
		XLSX.set_cptable(cptable);
		codepagesLoaded = true;
	});
	return codepagesLoading;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True while reading `bytes` would need code-page tables not yet loaded. */
export function needsCodepages(bytes: Uint8Array): boolean {
	return !codepagesLoaded && isBiff5(bytes);
}

/** A legacy .xls whose text is in a code page: an OLE file with a BIFF5 `Book` stream (BIFF8's `Workbook` is UTF-16). */
export function isBiff5(bytes: Uint8Array): boolean {
	if (bytes.length < 512 || OLE_SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
	try {
		const names = XLSX.CFB.read(bytes, { type: 'array' }).FileIndex.map((f: { name: string }) => f.name.toLowerCase());
		return names.includes('book') && !names.includes('workbook');
	} catch {
		return false; // not readable as OLE: the reader says why
	}
}

/** Reading a BIFF5 .xls before its code pages were loaded would garble every Chinese text: refused instead. */
function codepagesMissing(fileName: string): FileError {
	return new FileError(
		'read.codepages',
		`${fileName || '文件'} 是旧版 Excel 5.0/95 (.xls) 格式，需要先载入代码页表才能正确读取中文，读取程序没有载入。请重试，或在 Excel 中另存为 .xlsx 后再导入。`,
		`${fileName || 'The file'} is a legacy Excel 5.0/95 .xls; its text needs the code-page tables, which the reader had not loaded. Try again, or save it as .xlsx in Excel and import that.`
	);
}

// Node (CLI, tests) reads synchronously with nothing to gain from waiting: load them now.
if (typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string') await ensureCodepages();

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel serial day number as a Date at UTC midnight (no zone shifts). */
function excelDate(serial: number): Date {
	return new Date(EXCEL_EPOCH_MS + Math.round(serial * 86_400_000));
}

/** XLSX.SSF.is_date per number format: a sheet has a handful of formats and 400,000 numbers. */
const DATE_FORMATS = new Map<string, boolean>();

function isDateFormat(format: string): boolean {
	const known = DATE_FORMATS.get(format);
	if (known !== undefined) return known;
	const isDate = XLSX.SSF.is_date(format);
	if (DATE_FORMATS.size < 1000) DATE_FORMATS.set(format, isDate);
	return isDate;
}

function toCell(raw: XLSX.CellObject, row: number, col: number): Cell | undefined {
	let value: CellValue;
	let text: string;
	switch (raw.t) {
		case 'z':
		case 'e':
			if (raw.t === 'e' && raw.w) return { row, col, value: raw.w, text: raw.w, formula: !!raw.f };
			return undefined;
		case 'n': {
			const n = raw.v as number;
			if (raw.z && isDateFormat(raw.z as string)) {
				value = excelDate(n);
				text = raw.w ?? String(n);
			} else {
				value = n;
				text = raw.w ?? String(n);
			}
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

/** A formula Excel never calculated (a file written by a program, not saved by Excel) has no value to read. */
function formulaWithoutValue(sheet: string, at: string, formula: string): Problem {
	const f = formula.length > 80 ? formula.slice(0, 80) + '…' : formula;
	return problem(
		'warning',
		'formula.no-value',
		`${at} 是公式（=${f}），但文件中没有保存它的计算结果，按空白处理。请在 Excel 中打开、重新计算并保存后再导入。`,
		`${at} holds a formula (=${f}) but the file has no calculated value for it; treated as blank. Open the file in Excel, recalculate, save and import it again.`,
		{ sheet, cell: at }
	);
}

/**
 * Reads .xlsx, .xls (BIFF2–8) and HTML-table "xls" into a Workbook, within
 * the limits. Throws a FileError past a limit, and SheetJS's own error on
 * unreadable bytes (the caller turns that into `read.corrupt`). Formulas
 * come with their cached value; one without a value becomes a warning.
 */
export function readWithSheetJS(bytes: Uint8Array, format: FileFormat, fileName = '', limits: ReadLimits = READ_LIMITS): Workbook {
	if (format === 'xls' && needsCodepages(bytes)) throw codepagesMissing(fileName);
	return toWorkbook(parse(bytes, limits), format, fileName, limits);
}

function parse(bytes: Uint8Array, limits: ReadLimits): XLSX.WorkBook {
	// sheetRows: one row past the limit, so a sheet over it is told apart without parsing all of it.
	// sheetStubs: a formula cell without a cached value is kept (as a stub) so it can be named.
	// cellHTML: false — no HTML rendering of every string, which nothing here reads.
	return XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: true, cellHTML: false, cellDates: false, sheetStubs: true, sheetRows: limits.maxRows + 1 });
}

/**
 * An .xlsx whose worksheets' cells were read by sheet-cells.ts: SheetJS reads
 * the rest (`bytes` holds the worksheets with a marker cell in place of their
 * cells), the cells read there take the place of SheetJS's. null when a
 * sheet's cells cannot be placed as SheetJS would place them: the caller
 * then has SheetJS read the whole file.
 */
export function readWithPlainCells(bytes: Uint8Array, cells: Map<string, PlainCell[]>, fileName = '', limits: ReadLimits = READ_LIMITS): Workbook | null {
	const wb = parse(bytes, limits);
	const ctx = { strings: (wb as { Strings?: { t: string }[] }).Strings ?? [], styles: (wb as { Styles?: { CellXf?: { numFmtId?: number }[] } }).Styles?.CellXf, sheetRows: limits.maxRows + 1 };
	for (const name of wb.SheetNames) {
		const ws = wb.Sheets[name];
		const marker = (ws['!data'] as XLSX.CellObject[][] | undefined)?.[0]?.[0]?.v;
		if (typeof marker !== 'string' || !cells.has(marker)) continue;
		const data = denseCells(cells.get(marker)!, ctx);
		if (!data) return null;
		ws['!data'] = data;
		cells.delete(marker); // each part is one sheet
	}
	// A marker no sheet took would otherwise be read as a cell.
	for (const name of wb.SheetNames) {
		const v = (wb.Sheets[name]['!data'] as XLSX.CellObject[][] | undefined)?.[0]?.[0]?.v;
		if (typeof v === 'string' && v.startsWith(PART_MARKER)) return null;
	}
	return toWorkbook(wb, 'xlsx', fileName, limits);
}

function toWorkbook(wb: XLSX.WorkBook, format: FileFormat, fileName: string, limits: ReadLimits): Workbook {
	const problems: Problem[] = [];
	let cells = 0;
	const sheets: Sheet[] = wb.SheetNames.map((name, i) => {
		const ws = wb.Sheets[name];
		const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
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
				if (raw.f && raw.t === 'z') problems.push(formulaWithoutValue(name, cellAddress(r, c), raw.f));
				const cell = toCell(raw, r, c);
				if (cell) {
					out[c] = cell;
					if (c + 1 > colCount) colCount = c + 1;
					if (++cells > limits.maxCells) throw tooManyCells(fileName, limits.maxCells);
				}
			}
			if (out.length) rows[r] = out;
		}
		const merges: Range[] = (ws['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
		const hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
		return { name, hidden, rows, colCount, merges };
	});
	return problems.length ? { format, sheets, problems } : { format, sheets };
}
