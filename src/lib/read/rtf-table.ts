/**
 * An RTF table's rows onto a column grid. RTF gives no grid: each row lists
 * its cells' right edges (`\cellxN`, in twips) after its own left edge
 * (`\trleftN`). The grid's columns are the spaces between all the edges the
 * table's rows use (edges a few twips apart are one: writers round widths),
 * so a cell that reaches across several of them spans them (gridSpan), as in
 * a .docx. Merges down (`\clvmgf`/`\clvmrg`) and across (`\clmgf`/`\clmrg`)
 * are kept as the cells say.
 */
import type { WordCell, WordRow } from './docx-xml';

export interface RtfCellDef {
	/** Right edge, twips. */
	right: number;
	vMerge: WordCell['vMerge'];
	hMerge: WordCell['hMerge'];
}

interface RtfRow {
	/** Left edge of the row's first cell, twips. */
	left: number;
	defs: RtfCellDef[];
	/** Each cell's lines, in order (`\cell` by `\cell`). */
	cells: string[][];
}

/** Edges closer than this (twips, about half a millimetre) are one grid line. */
const SNAP = 30;

/** The grid lines: every edge the rows use, near ones snapped together; an edge → its grid line. */
function gridLines(rows: RtfRow[]): (edge: number) => number {
	const edges: number[] = [];
	for (const row of rows) {
		edges.push(row.left);
		for (const d of row.defs) edges.push(d.right);
	}
	edges.sort((a, b) => a - b);
	const index = new Map<number, number>();
	let start = Number.NEGATIVE_INFINITY;
	let line = -1;
	for (const e of edges) {
		if (e - start > SNAP) {
			start = e;
			line++;
		}
		index.set(e, line);
	}
	return (edge) => index.get(edge) ?? 0;
}

/** The table's rows as WordRows: each cell's span across the grid, its merges, its text. */
export function rtfTableRows(rows: RtfRow[]): WordRow[] {
	const line = gridLines(rows);
	return rows.map((row) => {
		const before = line(row.left);
		let at = before;
		const cells: WordCell[] = row.cells.map((lines, i) => {
			const def = row.defs[i];
			// A cell past the row's definitions (a writer's slip) takes one grid column.
			const end = def ? Math.max(at + 1, line(def.right)) : at + 1;
			const cell: WordCell = { text: trimLines(lines).join('\n'), span: end - at, vMerge: def?.vMerge ?? null, hMerge: def?.hMerge ?? null };
			at = end;
			return cell;
		});
		return { before, cells };
	});
}

/** Blank lines at either end of a cell are no content (writers end cells with an empty paragraph). */
export function trimLines(lines: string[]): string[] {
	let a = 0;
	let b = lines.length;
	while (a < b && lines[a].trim() === '') a++;
	while (b > a && lines[b - 1].trim() === '') b--;
	return lines.slice(a, b);
}

/** Bounds the document's tables must keep (rows and cells, as for a sheet); each check throws when passed. */
export interface RtfBounds {
	row(table: number, rows: number): void;
	cells(count: number): void;
	columns(table: number, count: number): void;
}

/**
 * The table being read, as RTF gives it: the cell definitions in force
 * (`\trowd` … `\cellxN`, kept until the next `\trowd`: Word writes them
 * before a row's cells and again before its `\row`), the lines of the cell
 * being read, the row's cells so far, the finished rows. Bounded as it grows.
 */
export class RtfTable {
	private rows: RtfRow[] = [];
	private rowCells: string[][] = [];
	private lines: string[] = [];
	private defs: RtfCellDef[] = [];
	private left = 0;
	private merge: Pick<RtfCellDef, 'vMerge' | 'hMerge'> = { vMerge: null, hMerge: null };
	private tables = 0;
	private cells = 0;

	constructor(private readonly bounds: RtfBounds) {}

	/** A row begun (a cell or a line read) and not yet ended by \row. */
	get rowOpen(): boolean {
		return this.rowCells.length > 0 || this.lines.length > 0;
	}

	/** The number of the table being read (表N), counting one not yet begun. */
	private number(): number {
		return this.tables + (this.rows.length === 0 ? 1 : 0);
	}

	/** A row definition's control word (\trowd, \trleft, the merges, \cellx). */
	define(name: string, param: number | null): void {
		if (name === 'trowd') {
			this.defs = [];
			this.left = 0;
			this.merge = { vMerge: null, hMerge: null };
		} else if (name === 'trleft') this.left = param ?? 0;
		else if (name === 'clvmgf') this.merge.vMerge = 'restart';
		else if (name === 'clvmrg') this.merge.vMerge = 'continue';
		else if (name === 'clmgf') this.merge.hMerge = 'restart';
		else if (name === 'clmrg') this.merge.hMerge = 'continue';
		else if (name === 'cellx') {
			this.defs.push({ right: param ?? 0, ...this.merge });
			this.bounds.columns(this.number(), this.defs.length);
			this.merge = { vMerge: null, hMerge: null };
		}
	}

	/** A paragraph of the cell being read. */
	line(text: string): void {
		this.lines.push(text);
	}

	endCell(): void {
		this.rowCells.push(trimLines(this.lines));
		this.lines = [];
		if (this.rowCells.length > this.defs.length) this.bounds.columns(this.number(), this.rowCells.length);
		this.bounds.cells(++this.cells);
	}

	endRow(): void {
		if (this.lines.length > 0) this.endCell();
		if (this.rowCells.length === 0) return;
		if (this.rows.length === 0) this.tables++;
		this.bounds.row(this.tables, this.rows.length + 1);
		this.rows.push({ left: this.left, defs: this.defs.slice(0, this.rowCells.length), cells: this.rowCells });
		this.rowCells = [];
	}

	/** Ends the table (a paragraph outside it, or the document's end): its rows, or null when it has none. */
	close(): WordRow[] | null {
		if (this.rowOpen) this.endRow();
		if (this.rows.length === 0) return null;
		const rows = rtfTableRows(this.rows);
		this.rows = [];
		return rows;
	}
}
