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
}

export type FileFormat = 'xlsx' | 'xls' | 'csv';

export interface Workbook {
	format: FileFormat;
	sheets: Sheet[];
	/** What the reader noticed on the way (e.g. a formula without a cached value); the pipeline passes them on. */
	problems?: Problem[];
}

/** `A1`-style address of a 0-based cell. */
export function cellAddress(row: number, col: number): string {
	return columnName(col) + String(row + 1);
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
