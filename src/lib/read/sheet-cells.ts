/**
 * The cells of a plain .xlsx worksheet, read without SheetJS's per-cell
 * regular expressions (which cost a 5,000 × 80 table most of its reading
 * time). SheetJS still reads everything else — the workbook, shared strings,
 * styles, merges, hidden sheets; it gets each worksheet with its <sheetData>
 * cut out, and the cells read here take the place of the ones it would have
 * made: the same objects, field for field (t, v, w, z — all the reader uses).
 *
 * Only for cells this reads exactly as SheetJS does: numbers, shared strings
 * (rich or not: SheetJS reads the table) and plain strings, with values and
 * styles. A worksheet holding anything else (formulas, inline strings,
 * booleans, errors, dates, character references, a namespace prefix, cells
 * without addresses …) is left whole for SheetJS.
 */
import * as XLSX from '@e965/xlsx';

/** A cell as written in the XML, before shared strings and number formats are known. */
export interface PlainCell {
	row: number;
	col: number;
	/** The t attribute; undefined for a number. */
	t: 'n' | 's' | 'str' | undefined;
	/** Content of <v>, as written (undefined without one). */
	v: string | undefined;
	/** The s attribute: index of the cell's style. */
	s: number | undefined;
}

/** Starts the marker cell's text in a worksheet whose cells were read here: `\u0001cells:<nonce>:<part index>`. */
export const PART_MARKER = '\u0001cells:';

const OPEN = '<sheetData>';
const CLOSE = '</sheetData>';

/**
 * The worksheet part split in two: its cells, and the part with an empty
 * <sheetData> holding only `marker` (SheetJS does not say which part it read
 * as which sheet; the marker cell tells). null when the part is not plain.
 */
export function splitWorksheet(part: Uint8Array, marker: string): { cells: PlainCell[]; rest: Uint8Array } | null {
	let xml: string;
	try {
		xml = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(part);
	} catch {
		return null; // not valid UTF-8: SheetJS decodes it its own way
	}
	const open = xml.indexOf(OPEN);
	const close = xml.lastIndexOf(CLOSE);
	if (open < 0 || close < open || xml.indexOf('<sheetData', open + 1) >= 0) return null;
	const cells = readCells(xml, open + OPEN.length, close);
	if (!cells) return null;
	const middle = `<sheetData><row r="1"><c r="A1" t="str"><v>${marker}</v></c></row></sheetData>`;
	return { cells, rest: new TextEncoder().encode(xml.slice(0, open) + middle + xml.slice(close + CLOSE.length)) };
}

/*
 * A scanner rather than regular expressions: it runs once per cell, 400,000
 * times for a big table. It reads only what it knows and returns null (the
 * worksheet goes to SheetJS) at anything else.
 */

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipSpace(xml: string, at: number, end: number): number {
	while (at < end && isSpace(xml.charCodeAt(at))) at++;
	return at;
}

/** The attributes of a start tag's text (after its name), or null when they are not name="value" pairs. */
function attributes(tag: string): [string, string][] | null {
	const out: [string, string][] = [];
	let i = skipSpace(tag, 0, tag.length);
	while (i < tag.length) {
		const eq = tag.indexOf('=', i);
		if (eq < 0) return null;
		const name = tag.slice(i, eq).trimEnd();
		i = skipSpace(tag, eq + 1, tag.length);
		const quote = tag[i];
		if (quote !== '"' && quote !== "'") return null;
		const close = tag.indexOf(quote, i + 1);
		if (close < 0 || !/^[\w:.-]+$/.test(name)) return null;
		out.push([name, tag.slice(i + 1, close)]);
		i = skipSpace(tag, close + 1, tag.length);
	}
	return out;
}

/** Every cell of xml[from, to) (a <sheetData>'s content), or null at the first thing that is not a plain row or cell. */
export function readCells(xml: string, from = 0, to = xml.length): PlainCell[] | null {
	const cells: PlainCell[] = [];
	let at = skipSpace(xml, from, to);
	while (at < to) {
		// <row …>
		if (!xml.startsWith('<row', at) || !(isSpace(xml.charCodeAt(at + 4)) || xml.charCodeAt(at + 4) === 0x3e)) return null;
		const rowEnd = xml.indexOf('>', at);
		if (rowEnd < 0 || rowEnd >= to || xml[rowEnd - 1] === '/') return null;
		const rowAttrs = attributes(xml.slice(at + 4, rowEnd));
		const r = rowAttrs?.find(([n]) => n === 'r')?.[1];
		if (!r || !/^[1-9][0-9]*$/.test(r)) return null;
		const row = Number(r);
		at = skipSpace(xml, rowEnd + 1, to);
		while (!xml.startsWith('</row>', at)) {
			// <c …/> or <c …>[<v …>…</v>]</c>
			if (!xml.startsWith('<c', at) || !(isSpace(xml.charCodeAt(at + 2)) || xml.charCodeAt(at + 2) === 0x3e || xml.charCodeAt(at + 2) === 0x2f)) return null;
			const tagEnd = xml.indexOf('>', at);
			if (tagEnd < 0 || tagEnd >= to) return null;
			const empty = xml[tagEnd - 1] === '/';
			const attrs = attributes(xml.slice(at + 2, empty ? tagEnd - 1 : tagEnd));
			const cell = attrs && plainCell(attrs, row);
			if (!cell) return null;
			at = skipSpace(xml, tagEnd + 1, to);
			if (!empty) {
				if (xml.startsWith('<v', at)) {
					// <v>, or <v xml:space="preserve"> (SheetJS takes any <v\b[^<>]*>)
					const vEnd = xml.indexOf('>', at);
					const next = xml.charCodeAt(at + 2);
					const close = xml.indexOf('</v>', vEnd);
					if (vEnd < 0 || close < 0 || close >= to || !(next === 0x3e || isSpace(next)) || xml.lastIndexOf('<', vEnd) !== at) return null;
					const v = xml.slice(vEnd + 1, close);
					// Markup, character references and _xHHHH_ escapes (SheetJS decodes those byte-wise): left to it.
					if (v.includes('<') || v.includes('&#') || /_x/i.test(v)) return null;
					cell.v = v;
					at = skipSpace(xml, close + 4, to);
				}
				if (!xml.startsWith('</c>', at)) return null;
				at = skipSpace(xml, at + 4, to);
			}
			cells.push(cell);
			if (at >= to) return null;
		}
		at = skipSpace(xml, at + 6, to);
	}
	return cells;
}

const REF = /^([A-Z]{1,3})([1-9][0-9]*)$/;

/** A cell from its attributes, in row `row` (1-based); null for any type or attribute not read here. */
function plainCell(attrs: [string, string][], row: number): PlainCell | null {
	let ref: RegExpExecArray | null = null;
	let t: string | undefined;
	let s: string | undefined;
	for (const [name, value] of attrs) {
		if (name === 'r') ref = REF.exec(value);
		else if (name === 't') t = value;
		else if (name === 's') s = value;
		else return null;
	}
	if (!ref || Number(ref[2]) !== row) return null;
	if (t !== undefined && t !== 'n' && t !== 's' && t !== 'str') return null;
	if (s !== undefined && !/^[0-9]+$/.test(s)) return null;
	let col = 0;
	for (let i = 0; i < ref[1].length; i++) col = col * 26 + ref[1].charCodeAt(i) - 64;
	return { row: row - 1, col: col - 1, t, v: undefined, s: s === undefined ? undefined : Number(s) };
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };

/** SheetJS's unescapexml for text without character references or _xHHHH_ escapes (readCells leaves those to it). */
function unescapeXml(s: string, xlsx = false): string {
	const out = s.includes('&') ? s.replace(/&(?:quot|apos|gt|lt|amp);/gi, (e) => ENTITIES[e] ?? e) : s;
	return xlsx ? out.replace(/\r\n/g, '\n') : out;
}

/** What SheetJS's workbook gives the cells: shared strings and cell styles. */
export interface CellContext {
	strings: { t: string }[];
	/** Styles.CellXf: the number format of each style. */
	styles: { numFmtId?: number }[] | undefined;
	/** Rows past this (SheetJS's sheetRows) are not read. */
	sheetRows: number;
}

/**
 * The cells as SheetJS's dense `!data` (read with cellNF, cellText,
 * sheetStubs, no cellDates), or null where SheetJS would do something this
 * does not (a shared string that is not there, a style whose number format
 * the table lacks): the caller then lets SheetJS read the sheet.
 */
export function denseCells(cells: PlainCell[], ctx: CellContext): XLSX.CellObject[][] | null {
	const table = XLSX.SSF.get_table() as Record<number, string | undefined>;
	const data: XLSX.CellObject[][] = [];
	for (const c of cells) {
		if (c.row + 1 > ctx.sheetRows) continue;
		const v = c.v !== undefined && c.v !== '' ? unescapeXml(c.v) : undefined;
		let t: string = c.t === undefined && v === undefined ? 'z' : (c.t ?? 'n');
		let value: string | number | undefined;
		if (t === 'n') {
			if (v === undefined) t = 'z';
			else value = parseFloat(v);
		} else if (t === 's') {
			if (v === undefined) t = 'z';
			else {
				const sst = ctx.strings[parseInt(v, 10)];
				if (!sst) return null;
				value = sst.t;
			}
		} else if (t === 'str') {
			t = 's';
			value = v !== undefined ? unescapeXml(v, true) : '';
		}
		const p = { t } as XLSX.CellObject;
		if (value !== undefined) p.v = value;
		const fmtid = Array.isArray(ctx.styles) && c.s !== undefined ? (ctx.styles[c.s]?.numFmtId ?? 0) : 0;
		p.z = table[fmtid];
		if (t !== 'z') {
			if (table[fmtid] == null) return null;
			if (typeof value === 'number') p.w = numberText(fmtid, value);
			else p.w = fmtid === 0 ? value : formatted(fmtid, value);
		}
		(data[c.row] ??= [])[c.col] = p as XLSX.CellObject;
	}
	return data;
}

/** The text SheetJS shows for a number in number format `fmtid`. */
function numberText(fmtid: number, v: number): string | undefined {
	if (fmtid === 0) return (v | 0) === v ? v.toString(10) : formatted(0, v);
	return formatted(fmtid, v);
}

/** XLSX.SSF.format, undefined where it throws (as SheetJS leaves `w` then). */
function formatted(fmtid: number, v: unknown): string | undefined {
	try {
		return XLSX.SSF.format(fmtid, v as number);
	} catch {
		return undefined;
	}
}
