/**
 * A Word document (.docx) as the same Workbook the spreadsheet readers give:
 * each table one sheet (`表1`, `表2` …), its cells on their grid columns,
 * merges across (gridSpan) and down (vMerge) as merges, the grid columns a
 * row skips (gridBefore) left empty. The paragraphs above a table become the
 * lines above it (title, the 填报单位 line), those below it its footnotes, one
 * row each spanning the table — the layout a form has in Excel, so the form
 * reader reads both alike. Cells are named as in the document (Sheet.word).
 *
 * An HTML document saved as .doc is read the same way (html-doc.ts), so
 * is an RTF document, whatever its name (rtf-doc.ts), and a Word 97–2003
 * binary .doc (doc-binary.ts).
 *
 * Loaded on demand (docx-loader.ts): only a Word file needs it.
 */
import type { Range, WordLayout, Workbook } from './workbook';
import { WorkbookBuilder, type RawRows } from './cells';
import type { ReadLimits } from './limits';
import { corruptFile, encryptedFile, oldWordFile, tooManyCells, tooManyColumns, tooManyRows, truncatedFile } from './errors';
import { wordBlocks, type WordBlock, type WordCell, type WordRow } from './docx-xml';
import { htmlBlocks } from './html-doc';
import { rtfBlocks, type RtfBounds } from './rtf-doc';
import { RtfSyntaxError } from './rtf-tokens';
import { DocFormatError, DocRefused, docBlocks, type DocStreams } from './doc-binary';

export { wordBlocks } from './docx-xml';

interface Paragraph {
	text: string;
	/** Its number among the body's paragraphs that hold text, from 1 (段N); for the page header's, `页眉N`. */
	number: number | string;
}

interface TablePart {
	above: Paragraph[];
	rows: WordRow[];
	below: Paragraph[];
}

/** A note or sign-off line right under a table belongs to it, not to the next table's title. */
const FOOTNOTE = /^[\s\u3000]*(?:注|说明|备注|填表说明|填表人|审核人|负责人|单位负责人|分管领导)[\s\u3000]*[:：\d１-９一二三、.]/;

/**
 * The document's tables, each with the paragraphs that go with it. The page
 * header's paragraphs (a title or the 填报单位 line put there) are shown on
 * every page, so they go above every table, first.
 */
function tableParts(blocks: WordBlock[]): { parts: TablePart[]; paragraphs: Paragraph[]; header: number } {
	const parts: TablePart[] = [];
	const paragraphs: Paragraph[] = [];
	const header: Paragraph[] = [];
	let pending: Paragraph[] = [];
	for (const b of blocks) {
		if (b.kind === 'paragraph') {
			if (b.text.trim() === '') continue;
			if (b.header) {
				header.push({ text: b.text, number: `页眉${header.length + 1}` });
				continue;
			}
			const p = { text: b.text, number: paragraphs.length + 1 };
			paragraphs.push(p);
			const previous = parts[parts.length - 1];
			if (previous && pending.length === 0 && FOOTNOTE.test(p.text)) previous.below.push(p);
			else pending.push(p);
		} else {
			parts.push({ above: pending, rows: b.rows, below: [] });
			pending = [];
		}
	}
	if (parts.length > 0) parts[parts.length - 1].below.push(...pending);
	for (const part of parts) part.above.unshift(...header);
	return { parts, paragraphs: [...header, ...paragraphs], header: header.length };
}

/** One table's rows on the grid: the cells' texts and the merges. */
function tableGrid(rows: WordRow[], top: number, name: string, fileName: string, limits: ReadLimits): { data: RawRows; merges: Range[]; width: number } {
	const data: RawRows = [];
	const merges: Range[] = [];
	/** Merges down still open, by their first grid column. */
	let open = new Map<number, Range>();
	let width = 0;
	const close = (m: Range) => {
		if (m.r1 > m.r0 || m.c1 > m.c0) merges.push(m);
	};
	rows.forEach((row, i) => {
		const r = top + i;
		const out: RawRows[number] = [];
		const next = new Map<number, Range>();
		let col = row.before;
		for (const cell of joinedAcross(row.cells)) {
			const c1 = col + cell.span - 1;
			if (c1 >= limits.maxColumns) throw tooManyColumns(fileName, name, c1 + 1, limits.maxColumns);
			const above = open.get(col);
			if (cell.vMerge === 'continue' && above && above.c1 === c1) {
				above.r1 = r;
				next.set(col, above);
				open.delete(col);
			} else {
				const m: Range = { r0: r, c0: col, r1: r, c1 };
				if (cell.vMerge === 'restart') next.set(col, m);
				else close(m);
			}
			// A continued cell holds nothing in Word; text left in one (a program's slip) is kept in place.
			if (cell.text.trim() !== '') out[col] = { t: 's', v: cell.text };
			col = c1 + 1;
		}
		for (const m of open.values()) close(m);
		open = next;
		width = Math.max(width, col);
		data[r] = out;
	});
	for (const m of open.values()) close(m);
	return { data, merges, width };
}

/** A row's cells with each old-style merge across (hMerge 'continue') joined to the cell before it. */
function joinedAcross(cells: WordCell[]): WordCell[] {
	if (!cells.some((c) => c.hMerge === 'continue')) return cells;
	const out: WordCell[] = [];
	for (const cell of cells) {
		const before = out[out.length - 1];
		if (cell.hMerge !== 'continue' || !before) {
			out.push({ ...cell });
			continue;
		}
		before.span += cell.span;
		// A joined cell shows nothing in Word; text left in one is kept, on a line of its own.
		if (cell.text.trim() !== '') before.text = before.text.trim() === '' ? cell.text : `${before.text}\n${cell.text}`;
	}
	return out;
}

/**
 * The page headers' parts the document's sections name (w:headerReference,
 * resolved through the main part's relationships), in order, lower-cased.
 */
export function headerPaths(relsXml: string, documentXml: string, folder: string): string[] {
	const targets = new Map<string, string>();
	for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
		const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
		const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
		if (id && target && /\/header"/.test(m[0])) targets.set(id, (target.startsWith('/') ? target.slice(1) : folder + target).toLowerCase());
	}
	const out: string[] = [];
	for (const m of documentXml.matchAll(/<(?:\w+:)?headerReference\b[^>]*?\b(?:\w+:)?id="([^"]+)"/g)) {
		const path = targets.get(m[1]);
		if (path) out.push(path);
	}
	return out;
}

/**
 * Reads document.xml's text into a Workbook, within the limits (rows, columns,
 * cells as for a spreadsheet). The page headers' paragraphs (and the lines of
 * a table in one) come first, each different one once.
 */
export function readDocx(documentXml: string, fileName: string, limits: ReadLimits, headerXmls: string[] = []): Workbook {
	const header: WordBlock[] = [];
	const seen = new Set<string>();
	for (const xml of headerXmls)
		for (const b of wordBlocks(xml))
			for (const text of b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.text.split('\n'))))
				if (text.trim() !== '' && !seen.has(text)) {
					seen.add(text);
					header.push({ kind: 'paragraph', text, header: true });
				}
	return blocksWorkbook([...header, ...wordBlocks(documentXml)], 'docx', fileName, limits);
}

/** Reads an HTML document saved under a Word name (html-doc.ts) the same way. */
export function readHtmlDocument(bytes: Uint8Array, fileName: string, limits: ReadLimits): Workbook {
	return blocksWorkbook(htmlBlocks(htmlText(bytes)), 'html', fileName, limits);
}

/**
 * Reads an RTF document (rtf-doc.ts) the same way. Its tables are bounded as
 * they are read (rows, cells, columns), before the grid is built.
 */
export function readRtfDocument(bytes: Uint8Array, fileName: string, limits: ReadLimits): Workbook {
	try {
		return blocksWorkbook(rtfBlocks(bytes, tableBounds(fileName, limits)), 'rtf', fileName, limits);
	} catch (e) {
		if (!(e instanceof RtfSyntaxError)) throw e;
		throw e.kind === 'truncated' ? truncatedFile(fileName) : corruptFile(fileName, e.message);
	}
}

/**
 * Reads a Word 97–2003 binary document (doc-binary.ts) from its compound
 * file's streams the same way, bounded as RTF is. A Word 6/95 document keeps
 * the message to save it as .docx; a password-protected one is refused as such.
 * A stream that does not hold what it says throws DocFormatError (the caller
 * tells a truncated file from a corrupt one by the file's length).
 */
export function readWordBinary(streams: DocStreams, fileName: string, limits: ReadLimits): Workbook {
	try {
		return blocksWorkbook(docBlocks(streams, tableBounds(fileName, limits)), 'doc', fileName, limits);
	} catch (e) {
		if (!(e instanceof DocRefused)) throw e;
		throw e.reason === 'encrypted' ? encryptedFile(fileName) : oldWordFile(fileName);
	}
}

export { DocFormatError };

/** The bounds a document's tables keep as they are read (rows, cells, columns, as for a sheet). */
function tableBounds(fileName: string, limits: ReadLimits): RtfBounds {
	return {
		row: (table, rows) => {
			if (rows > limits.maxRows) throw tooManyRows(fileName, `表${table}`, rows, limits.maxRows);
		},
		cells: (count) => {
			if (count > limits.maxCells) throw tooManyCells(fileName, limits.maxCells);
		},
		columns: (table, count) => {
			if (count > limits.maxColumns) throw tooManyColumns(fileName, `表${table}`, count, limits.maxColumns);
		}
	};
}

/** An HTML file's text: UTF-8, else the charset its <meta> names (Chinese Word saves gb2312), else GB18030. */
function htmlText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
		const named = /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1].toLowerCase();
		try {
			return new TextDecoder(named && named !== 'utf-8' ? named : 'gb18030').decode(bytes);
		} catch {
			return new TextDecoder('gb18030').decode(bytes);
		}
	}
}

function blocksWorkbook(blocks: WordBlock[], format: 'docx' | 'html' | 'rtf' | 'doc', fileName: string, limits: ReadLimits): Workbook {
	const { parts, paragraphs, header } = tableParts(blocks);
	// The page header is repeated above every table: a hostile one (many lines, many tables) is refused before it is.
	if (header * parts.length > limits.maxCells) throw tooManyCells(fileName, limits.maxCells);
	const builder = new WorkbookBuilder(format, fileName, limits);
	const layouts: WordLayout[] = [];
	if (parts.length === 0) {
		// No table: the text alone, for the pipeline to say there is no statistics table in it.
		const data: RawRows = paragraphs.map((p) => [{ t: 's', v: p.text }]);
		builder.sheet('正文', false, data, []);
		layouts.push({ tableTop: 0, tableRows: 0, paragraphs: paragraphs.map((p) => p.number) });
	}
	parts.forEach((part, i) => {
		const name = `表${i + 1}`;
		const top = part.above.length;
		const { data, merges, width } = tableGrid(part.rows, top, name, fileName, limits);
		const numbers: (number | string | undefined)[] = [];
		const line = (p: Paragraph, r: number) => {
			data[r] = [{ t: 's', v: p.text }];
			numbers[r] = p.number;
			if (width > 1) merges.push({ r0: r, c0: 0, r1: r, c1: width - 1 });
		};
		part.above.forEach((p, k) => line(p, k));
		part.below.forEach((p, k) => line(p, top + part.rows.length + k));
		builder.sheet(name, false, data, merges);
		layouts.push({ tableTop: top, tableRows: part.rows.length, paragraphs: numbers });
	});
	const workbook = builder.workbook();
	workbook.sheets.forEach((s, i) => (s.word = layouts[i]));
	return workbook;
}
