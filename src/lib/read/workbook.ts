/**
 * The one in-memory shape every reader produces: sheets of cells with their
 * typed value, the text as shown, merges and the hidden flag. Everything after
 * `read` works on this, never on a library's own workbook object.
 */
import type { Problem } from '../base/problem';

export type CellValue = string | number | boolean | Date;

export interface Cell {
	/** 0-based row and column. */
	row: number;
	col: number;
	/** Typed value: numbers stay numbers, text stays text (numbers stored as text are text here). */
	value: CellValue;
	/** The text as the spreadsheet shows it (formatted number, date text, the string itself). */
	text: string;
	/** True when the cell held a formula (the value is its cached result). */
	formula?: boolean;
}

export interface Range {
	r0: number;
	c0: number;
	r1: number;
	c1: number;
}

export interface Sheet {
	/** Sheet name; '' for a CSV file. */
	name: string;
	hidden: boolean;
	/** Row-major sparse grid: rows[r][c] is undefined for an empty cell. */
	rows: (Cell | undefined)[][];
	/** Number of columns spanned by the used range. */
	colCount: number;
	merges: Range[];
	/** A sheet made of a Word table and the paragraphs around it: how its cells are named (see wordAddress). */
	word?: WordLayout;
}

/**
 * Where a Word table sits on its sheet: grid rows [tableTop, tableTop +
 * tableRows) are the table's rows; every other row is one paragraph of the
 * document, numbered in `paragraphs` (by row).
 */
export interface WordLayout {
	tableTop: number;
	tableRows: number;
	/** By row: the paragraph's number in the body (named 段N), or its own name (页眉1 for the page header's first). */
	paragraphs: (number | string | undefined)[];
}

export type FileFormat = 'xlsx' | 'xls' | 'csv' | 'docx' | 'html' | 'rtf' | 'doc';

export interface Workbook {
	format: FileFormat;
	sheets: Sheet[];
	/** What the reader noticed on the way (e.g. a formula without a cached value); the pipeline passes them on. */
	problems?: Problem[];
	/** The day the workbook was last saved (its document properties), ISO `YYYY-MM-DD`, when it says. */
	savedOn?: string;
}

/** `A1`-style address of a 0-based cell. */
export function cellAddress(row: number, col: number): string {
	return columnName(col) + String(row + 1);
}

/** `C5` → row 4, column 2; null for anything else. */
export function decodeAddress(a1: string): { row: number; col: number } | null {
	const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(a1);
	if (!m) return null;
	let col = 0;
	for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
	return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * A cell's name as its document gives it: on a sheet made of a Word table,
 * `C5` counted within the table (row 5 of the table, its third grid column),
 * and `段3` for the document's third paragraph; elsewhere the A1 address.
 * `a1`: the address on the sheet's grid, as the readers write it.
 */
export function wordAddress(sheet: Sheet, a1: string): string {
	const w = sheet.word;
	const at = w ? decodeAddress(a1) : null;
	if (!w || !at) return a1;
	if (at.row >= w.tableTop && at.row < w.tableTop + w.tableRows) return cellAddress(at.row - w.tableTop, at.col);
	const p = w.paragraphs[at.row];
	return p === undefined ? a1 : typeof p === 'string' ? p : `段${p}`;
}

/** Column letters by index, filled as asked: a big sheet asks for the same few hundred thousands of times. */
const COLUMN_NAMES: string[] = [];

export function columnName(col: number): string {
	const known = COLUMN_NAMES[col];
	if (known !== undefined) return known;
	let s = '';
	for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	if (Number.isInteger(col) && col >= 0 && col < 16_384) COLUMN_NAMES[col] = s;
	return s;
}

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
	return sheet.rows[row]?.[col];
}

/** The merge range that covers (row, col), if any. */
export function mergeAt(sheet: Sheet, row: number, col: number): Range | undefined {
	return sheet.merges.find((m) => row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1);
}

/**
 * The cell's own content, or for a cell inside a merge the content of the
 * merge's top-left (master) cell — how a reader sees a vertically merged
 * 活动项目 or a merged group header.
 */
export function cellOrMaster(sheet: Sheet, row: number, col: number): Cell | undefined {
	const own = cellAt(sheet, row, col);
	if (own) return own;
	const m = mergeAt(sheet, row, col);
	return m ? cellAt(sheet, m.r0, m.c0) : undefined;
}

/** Trimmed display text of a cell ('' when empty). */
export function textAt(sheet: Sheet, row: number, col: number, followMerges = false): string {
	const c = followMerges ? cellOrMaster(sheet, row, col) : cellAt(sheet, row, col);
	return c ? c.text.trim() : '';
}

/** Every non-empty cell of a sheet, row by row. */
export function* cellsOf(sheet: Sheet): Generator<Cell> {
	for (const row of sheet.rows) {
		if (!row) continue;
		for (const cell of row) if (cell && cell.text.trim() !== '') yield cell;
	}
}
