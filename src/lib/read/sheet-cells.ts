/**
 * The cells of a plain .xlsx worksheet, read without SheetJS's per-cell
 * regular expressions (which cost a 5,000 × 80 table most of its reading
 * time). SheetJS still reads everything else — the workbook, shared strings,
 * styles, merges, hidden sheets; it gets each worksheet with its <sheetData>
 * cut out, and the cells read here take the place of the ones it would have
 * made: the same objects, field for field (t, v, w, z — all the reader uses).
 *
 * Only for cells this reads exactly as SheetJS does: numbers, shared strings
 * and plain strings, with values and styles. A worksheet holding anything
 * else (formulas, inline or rich strings, booleans, errors, dates, character
 * references, a namespace prefix, cells without addresses …) is left whole
 * for SheetJS.
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

/** Byte offset of an ASCII string in `bytes` from `from`, or -1. */
function indexOf(bytes: Uint8Array, ascii: string, from = 0): number {
	const first = ascii.charCodeAt(0);
	outer: for (let i = bytes.indexOf(first, from); i >= 0 && i + ascii.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
		for (let k = 1; k < ascii.length; k++) if (bytes[i + k] !== ascii.charCodeAt(k)) continue outer;
		return i;
	}
	return -1;
}

/**
 * The worksheet part split in two: its cells, and the part with an empty
 * <sheetData> holding only `marker` (SheetJS does not say which part it read
 * as which sheet; the marker cell tells). null when the part is not plain.
 */
export function splitWorksheet(part: Uint8Array, marker: string): { cells: PlainCell[]; rest: Uint8Array } | null {
	const open = indexOf(part, OPEN);
	if (open < 0) return null;
	const close = indexOf(part, CLOSE, open);
	if (close < 0 || indexOf(part, '<sheetData', open + 1) >= 0) return null;
	let xml: string;
	try {
		xml = new TextDecoder('utf-8', { fatal: true }).decode(part.subarray(open + OPEN.length, close));
	} catch {
		return null; // not valid UTF-8: SheetJS decodes it its own way
	}
	const cells = readCells(xml);
	if (!cells) return null;
	const enc = new TextEncoder();
	const middle = enc.encode(`<sheetData><row r="1"><c r="A1" t="str"><v>${marker}</v></c></row></sheetData>`);
	const rest = new Uint8Array(open + middle.length + part.length - close - CLOSE.length);
	rest.set(part.subarray(0, open));
	rest.set(middle, open);
	rest.set(part.subarray(close + CLOSE.length), open + middle.length);
	return { cells, rest };
}

const ROW = /<row((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*>/y;
const CELL = /<c((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
/** <v>…</v>, attributes allowed (xml:space="preserve"), as SheetJS's `<v\b[^<>]*>` takes them. */
const VALUE = /<v(?:\s[^<>]*)?>([^<]*)<\/v>/y;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const SPACE = /\s*/y;
const REF = /^([A-Z]{1,3})([1-9][0-9]*)$/;

function attributes(s: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const m of s.matchAll(ATTR)) out.set(m[1], m[2] ?? m[3]);
	return out;
}

function skipSpace(xml: string, at: number): number {
	SPACE.lastIndex = at;
	SPACE.exec(xml);
	return SPACE.lastIndex;
}

/** Every cell of a <sheetData>'s content, or null at the first thing that is not a plain row or cell. */
export function readCells(xml: string): PlainCell[] | null {
	const cells: PlainCell[] = [];
	let at = skipSpace(xml, 0);
	while (at < xml.length) {
		ROW.lastIndex = at;
		const row = ROW.exec(xml);
		if (!row) return null;
		const r = attributes(row[1]).get('r');
		if (!r || !/^[1-9][0-9]*$/.test(r)) return null;
		at = skipSpace(xml, ROW.lastIndex);
		while (!xml.startsWith('</row>', at)) {
			CELL.lastIndex = at;
			const c = CELL.exec(xml);
			if (!c) return null;
			const cell = plainCell(attributes(c[1]), Number(r));
			if (!cell) return null;
			at = skipSpace(xml, CELL.lastIndex);
			if (!c[2]) {
				if (xml.startsWith('<v', at)) {
					VALUE.lastIndex = at;
					const v = VALUE.exec(xml);
					// Character references and _xHHHH_ escapes SheetJS decodes byte-wise: left to it.
					if (!v || v[1].includes('&#') || /_x/i.test(v[1])) return null;
					cell.v = v[1];
					at = skipSpace(xml, VALUE.lastIndex);
				}
				if (!xml.startsWith('</c>', at)) return null;
				at = skipSpace(xml, at + 4);
			}
			cells.push(cell);
		}
		at = skipSpace(xml, at + 6);
	}
	return cells;
}

/** A cell from its attributes, in row `row` (1-based); null for any type or attribute not read here. */
function plainCell(attrs: Map<string, string>, row: number): PlainCell | null {
	const ref = REF.exec(attrs.get('r') ?? '');
	if (!ref || Number(ref[2]) !== row) return null;
	const t = attrs.get('t');
	if (t !== undefined && t !== 'n' && t !== 's' && t !== 'str') return null;
	const s = attrs.get('s');
	if (s !== undefined && !/^[0-9]+$/.test(s)) return null;
	for (const name of attrs.keys()) if (name !== 'r' && name !== 't' && name !== 's') return null;
	let col = 0;
	for (const ch of ref[1]) col = col * 26 + ch.charCodeAt(0) - 64;
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
