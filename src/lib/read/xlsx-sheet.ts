/**
 * A worksheet part's cells and merges, read as SheetJS's parse_ws_xml and
 * parse_ws_xml_data read them (with the options sheetjs.ts reads with:
 * dense, cellNF, cellText, sheetStubs, sheetRows, no cellDates).
 *
 * A scanner rather than regular expressions: it runs once per cell, 400,000
 * times for a big table. It reads the grammar Excel, WPS, exceljs and SheetJS
 * write — <row> elements of <c> elements holding <f>, <v> and <is> — and
 * throws Decline at anything else; the caller then leaves the file to
 * SheetJS. What each cell's value and text are is xlsx-cell.ts's.
 */
import type { RawCell, RawRows } from './cells';
import type { Range } from './workbook';
import { Decline, rawCell, type SheetContext } from './xlsx-cell';
import { matchXmlNs, parseXmlTag } from './xlsx-xml';

export interface ReadSheet {
	data: RawRows;
	merges: Range[];
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Whether `<name` opens a tag at `at`: the name followed by a space, `>` or `/` (so `<c` is not `<col`). */
function opens(xml: string, at: number, name: string): boolean {
	if (!xml.startsWith(name, at)) return false;
	const c = xml.charCodeAt(at + name.length);
	return isSpace(c) || c === 0x3e || c === 0x2f;
}

function skipSpace(xml: string, at: number, end: number): number {
	while (at < end && isSpace(xml.charCodeAt(at))) at++;
	return at;
}

/** The attributes of a start tag's text (after its name), or null when they are not plain name="value" pairs. */
function attributes(tag: string): [string, string][] | null {
	const out: [string, string][] = [];
	let i = skipSpace(tag, 0, tag.length);
	while (i < tag.length) {
		const eq = tag.indexOf('=', i);
		if (eq < 0) return null;
		const name = tag.slice(i, eq);
		if (!/^[\w:.-]+$/.test(name)) return null;
		i = eq + 1;
		const quote = tag[i];
		if (quote !== '"' && quote !== "'") return null;
		const close = tag.indexOf(quote, i + 1);
		if (close < 0) return null;
		const value = tag.slice(i + 1, close);
		// SheetJS reads some attributes with regular expressions over the whole cell: no quotes or = in a value.
		if (value.includes('"') || value.includes("'") || value.includes('=')) return null;
		out.push([name, value]);
		i = close + 1;
		if (i < tag.length && !isSpace(tag.charCodeAt(i))) return null;
		i = skipSpace(tag, i, tag.length);
	}
	return out;
}

const REF = /^([A-Z]{1,3})([1-9][0-9]*)$/;
const CANONICAL_INT = /^(0|[1-9][0-9]*)$/;

function columnOf(letters: string): number {
	let col = 0;
	for (let i = 0; i < letters.length; i++) col = col * 26 + letters.charCodeAt(i) - 64;
	return col - 1;
}

/** SheetJS's safe_decode_range. */
export function decodeRange(range: string): Range {
	let idx = 0;
	let i = 0;
	let cc = 0;
	const len = range.length;
	const o = { r0: 0, c0: 0, r1: 0, c1: 0 };
	for (idx = 0; i < len; ++i) {
		if ((cc = range.charCodeAt(i) - 64) < 1 || cc > 26) break;
		idx = 26 * idx + cc;
	}
	o.c0 = --idx;
	for (idx = 0; i < len; ++i) {
		if ((cc = range.charCodeAt(i) - 48) < 0 || cc > 9) break;
		idx = 10 * idx + cc;
	}
	o.r0 = --idx;
	if (i === len || cc != 10) {
		o.c1 = o.c0;
		o.r1 = o.r0;
		return o;
	}
	++i;
	for (idx = 0; i != len; ++i) {
		if ((cc = range.charCodeAt(i) - 64) < 1 || cc > 26) break;
		idx = 26 * idx + cc;
	}
	o.c1 = --idx;
	for (idx = 0; i != len; ++i) {
		if ((cc = range.charCodeAt(i) - 48) < 0 || cc > 9) break;
		idx = 10 * idx + cc;
	}
	o.r1 = --idx;
	return o;
}

const MERGE = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;
const HYPERLINK = /<(?:\w+:)?hyperlink [^<>]*>/gm;

/** The worksheet part's text → its cells and merges. Throws Decline. */
export function readSheet(xml: string, ctx: SheetContext): ReadSheet {
	const data: RawRows = [];
	const m = matchXmlNs(xml, 'sheetData');
	let after = xml;
	if (m) {
		const start = m[2] + m[0].length - m[1].length - '</sheetData>'.length;
		if (!m[0].endsWith('</sheetData>') || xml.slice(start - 1, start) !== '>') throw new Decline('sheetData with a prefix');
		readRows(xml, start, start + m[1].length, ctx, data);
		after = xml.slice(m[2] + m[0].length);
	}
	const merges: Range[] = [];
	for (const mc of after.match(MERGE) ?? []) merges.push(decodeRange(mc.slice(mc.indexOf('=') + 2)));
	// A hyperlink adds stub cells over its range, which count against the column limit (see cells.ts).
	for (const h of after.match(HYPERLINK) ?? []) {
		const tag = parseXmlTag(h, true);
		if (!tag.ref) break;
		if (decodeRange(tag.ref).c1 >= ctx.maxColumns) throw new Decline('hyperlink past the last column');
	}
	return { data, merges };
}

/** xml[from, to) is a <sheetData>'s content. */
function readRows(xml: string, from: number, to: number, ctx: SheetContext, data: RawRows): void {
	const shared = new Set<string>();
	/** Whether a cell with content past the row limit is kept already (one is enough to refuse the sheet). */
	let beyond = false;
	let at = skipSpace(xml, from, to);
	while (at < to) {
		if (!opens(xml, at, '<row')) throw new Decline('not a row');
		const rowEnd = xml.indexOf('>', at);
		if (rowEnd < 0 || rowEnd >= to) throw new Decline('row');
		const selfClosing = xml[rowEnd - 1] === '/';
		const rowAttrs = attributes(xml.slice(at + 4, selfClosing ? rowEnd - 1 : rowEnd));
		const r = rowAttrs?.find(([n]) => n === 'r')?.[1];
		if (!r || !CANONICAL_INT.test(r) || r === '0') throw new Decline('row without its number');
		at = skipSpace(xml, rowEnd + 1, to);
		if (selfClosing) continue; // SheetJS reads nothing from an empty row
		const row = Number(r);
		const skip = row > ctx.sheetRows;
		let cells: (RawCell | undefined)[] | undefined;
		while (!xml.startsWith('</row>', at)) {
			if (!opens(xml, at, '<c')) throw new Decline('not a cell');
			const tagEnd = xml.indexOf('>', at);
			if (tagEnd < 0 || tagEnd >= to) throw new Decline('cell');
			const empty = xml[tagEnd - 1] === '/';
			const attrs = attributes(xml.slice(at + 2, empty ? tagEnd - 1 : tagEnd));
			if (!attrs) throw new Decline('cell attributes');
			let ref: RegExpExecArray | null = null;
			let t: string | undefined;
			let s: string | undefined;
			// Indexed: every cell's attributes, where a for-of over pairs allocates an iterator per pair.
			for (let k = 0; k < attrs.length; k++) {
				const name = attrs[k][0];
				const value = attrs[k][1];
				if (name === 'r') ref = REF.exec(value);
				else if (name === 't') t = value;
				else if (name === 's') s = value;
				else if (name !== 'cm' && name !== 'vm' && name !== 'ph' && name !== 'xml:space') throw new Decline(`cell attribute ${name}`);
			}
			if (!ref || Number(ref[2]) !== row) throw new Decline('cell address');
			if (s !== undefined && !CANONICAL_INT.test(s)) throw new Decline('cell style');
			const cellStart = tagEnd + 1;
			at = skipSpace(xml, cellStart, to);
			let v: string | undefined;
			let hasV = false;
			let f: { whole: string; content: string | null } | undefined;
			let is: string | undefined;
			if (!empty) {
				while (!xml.startsWith('</c>', at)) {
					const name = opens(xml, at, '<v') ? 'v' : opens(xml, at, '<f') ? 'f' : opens(xml, at, '<is') ? 'is' : '';
					if (!name) throw new Decline('cell content');
					const open = xml.indexOf('>', at);
					if (open < 0 || open >= to || xml.lastIndexOf('<', open) !== at) throw new Decline('cell content');
					if (xml[open - 1] === '/') {
						// <v/> is no value (SheetJS finds no </v>); <f …/> a shared formula's child.
						if (name === 'is' || (name === 'v' && hasV) || (name === 'f' && f)) throw new Decline('cell content');
						if (name === 'v') hasV = true;
						else f = { whole: xml.slice(at, open + 1), content: null };
						at = skipSpace(xml, open + 1, to);
						continue;
					}
					const closeTag = `</${name}>`;
					const close = xml.indexOf(closeTag, open);
					if (close < 0 || close >= to) throw new Decline('cell content');
					const content = xml.slice(open + 1, close);
					if (name === 'is') {
						if (is !== undefined || content.includes('</is')) throw new Decline('inline string');
						is = content;
					} else {
						if (content.includes('<') || (name === 'v' ? hasV : f)) throw new Decline('cell content');
						if (name === 'v') {
							hasV = true;
							v = content;
						} else f = { whole: xml.slice(at, close + closeTag.length), content };
					}
					at = skipSpace(xml, close + closeTag.length, to);
				}
				at = skipSpace(xml, at + 4, to);
			}
			if (at >= to) throw new Decline('row not closed');
			if (skip) {
				// Past the row limit nothing is kept, but the first cell with content is, at its own row:
				// the workbook is then refused for it (WorkbookBuilder), not read with that cell silently gone.
				if (!beyond && (v || is !== undefined || f)) {
					beyond = true;
					(data[row - 1] ??= [])[columnOf(ref[1])] = rawCell(t, s, v === '' ? undefined : v, f, is, shared, ctx);
				}
				continue;
			}
			const col = columnOf(ref[1]);
			const raw = rawCell(t, s, v === '' ? undefined : v, f, is, shared, ctx);
			cells ??= data[row - 1] ??= [];
			cells[col] = raw;
		}
		at = skipSpace(xml, at + 6, to);
	}
}
