/**
 * One worksheet cell as SheetJS's parse_ws_xml_data reads it (type, value,
 * formula) and as its safe_format gives it a number format and a text: the
 * part of the own .xlsx reader (xlsx-sheet.ts scans the cells) that decides
 * what a cell is. Throws Decline at a cell whose value it would not make
 * exactly as SheetJS does; the caller then leaves the file to SheetJS.
 */
import type { RawCell } from './cells';
import { numberText, fixedFormat, generalNumber, IMPLICIT_FORMATS } from './number-format';
import { parseXmlTag, referencesAscii, stringItem, unescapeXml } from './xlsx-xml';

/** The own reader does not reproduce SheetJS here: SheetJS reads the file. */
export class Decline extends Error {
	constructor(reason: string) {
		super(reason);
		this.name = 'Decline';
	}
}

/** What the workbook gives the sheets. */
export interface SheetContext {
	/** Shared strings (undefined: an item SheetJS reads without text). */
	strings: (string | undefined)[];
	/** numFmtId of each cell style (undefined: the style names none); null without <cellXfs>. */
	xfs: (number | undefined)[] | null;
	/** The number-format table, as SheetJS's SSF table (filled in as cells use ids it lacks). */
	table: Record<number, string | undefined>;
	date1904: boolean;
	/** Rows past this (1-based) are not read: SheetJS's sheetRows. */
	sheetRows: number;
	maxColumns: number;
}

const NON_ASCII = /[^\x00-\x7f]/;

const SHIFTED = '\u0000shared';

/** parse_ws_xml_data's reading of one cell, then safe_format's. shared: the shared formulas' ids so far in the sheet. */
export function rawCell(
	t: string | undefined,
	s: string | undefined,
	v: string | undefined,
	f: { whole: string; content: string | null } | undefined,
	is: string | undefined,
	shared: Set<string>,
	ctx: SheetContext
): RawCell {
	// Formulas: only the flag and, for one without a value, the text are read later.
	let formula: string | undefined;
	let array = false;
	if (f) {
		if (f.content === null) {
			if (shared.has(String(parseXmlTag(f.whole).si))) formula = SHIFTED;
		} else if (f.content === '') {
			if (f.whole.indexOf('t="shared"') > -1 && shared.has(String(parseXmlTag(f.whole).si))) formula = SHIFTED;
		} else {
			formula = unescapeXml(f.content, true).replace(/_xlfn\./g, '');
			if (f.whole.indexOf('t="array"') > -1) {
				// SheetJS reads the array's range from the first ref= in the cell; without one it fails on the sheet.
				if (!/ref=["']([^"']*)["']/.test(f.whole)) throw new Decline('array formula without a range');
				array = true;
			} else if (f.whole.indexOf('t="shared"') > -1) {
				if (/\ssi\s*=/.test(f.content)) throw new Decline('formula text');
				shared.add(String(parseInt(parseXmlTag(f.whole).si, 10)));
			}
		}
	}
	let type: string;
	let value: unknown = v;
	if (t == null && v === undefined) {
		if (formula || array) {
			value = 0;
			type = 'n';
		} else type = 'z';
	} else type = t || 'n';
	const ascii = v === undefined || !NON_ASCII.test(v);
	let w: string | undefined;
	switch (type) {
		case 'z':
			break;
		case 'n':
			if (value === 0 || value === undefined || value === '') type = 'z';
			else {
				if (!ascii || !referencesAscii(v!)) throw new Decline('number text');
				value = parseFloat(unescapeXml(v!));
				if (!isFinite(value as number)) throw new Decline('not a number');
			}
			break;
		case 's':
			if (v === undefined) type = 'z';
			else {
				if (!ascii || !referencesAscii(v)) throw new Decline('string index');
				const text = ctx.strings[parseInt(unescapeXml(v), 10)];
				if (text === undefined) throw new Decline('shared string missing');
				value = text;
			}
			break;
		case 'str':
			type = 's';
			if (v !== undefined && !referencesAscii(v)) throw new Decline('character reference');
			value = v !== undefined ? unescapeXml(unescapeXml(v), true) : '';
			break;
		case 'inlineStr': {
			type = 's';
			if (is === undefined) value = '';
			else {
				if (!/^[ \t\r\n]*(<|$)/.test(is)) throw new Decline('inline string');
				const text = stringItem(is);
				if (text == null) throw new Decline('inline string');
				value = text;
			}
			break;
		}
		case 'b':
			value = v !== undefined && (unescapeXml(v) === '1' || unescapeXml(v) === 'true');
			break;
		case 'd': {
			if (v === undefined || !ascii || !referencesAscii(v)) throw new Decline('date text');
			const n = dateSerial(unescapeXml(v), ctx.date1904);
			if (n === null) throw new Decline('date text');
			value = n;
			type = 'n';
			break;
		}
		case 'e':
			if (!ascii) throw new Decline('error text');
			w = v !== undefined ? unescapeXml(v) : undefined;
			value = undefined;
			break;
		default:
			throw new Decline(`cell type ${type}`);
	}
	// safe_format: the style's number format, and the text of a number.
	let fmtid = 0;
	if (ctx.xfs && s !== undefined) {
		const id = ctx.xfs[Number(s)];
		if (id !== undefined) fmtid = id;
	}
	const raw: RawCell = { t: type };
	if (value !== undefined) raw.v = value;
	raw.z = ctx.table[fmtid];
	if (formula !== undefined) raw.f = formula;
	if (type === 'z') {
		if (formula === SHIFTED) throw new Decline('shared formula without a value');
		return raw;
	}
	if (ctx.table[fmtid] == null) ctx.table[fmtid] = fixedFormat(IMPLICIT_FORMATS[fmtid] || 'General');
	if (type === 'e') {
		if (w !== undefined) raw.w = w;
	} else if (type === 'n') {
		const n = value as number;
		if (fmtid === 0) raw.w = generalNumber(n);
		else {
			const text = numberText(ctx.table[fmtid]!, n, ctx.date1904);
			if (text === null) throw new Decline(`number format ${ctx.table[fmtid]}`);
			// undefined: SSF throws on this format, and SheetJS's safe_format then leaves the cell without text.
			if (text !== undefined) raw.w = text;
		}
	}
	return raw;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DN_THRESH = Date.UTC(1899, 11, 30, 0, 0, 0);
const DN_THRESH1 = Date.UTC(1899, 11, 31, 0, 0, 0);
const DN_THRESH2 = Date.UTC(1904, 0, 1, 0, 0, 0);
const PDRE1 = /^(\d+):(\d+)(:\d+)?(\.\d+)?$/;
const PDRE2 = /^(\d+)-(\d+)-(\d+)$/;
const PDRE3 = /^(\d+)-(\d+)-(\d+)[T ](\d+):(\d+)(:\d+)?(\.\d+)?$/;

/** SheetJS's parseDate then datenum for a t="d" cell; null for text only `new Date` would read. */
function dateSerial(str: string, date1904: boolean): number | null {
	let d: Date;
	let m = str.match(PDRE1);
	if (m)
		d = new Date(
			(date1904 ? DN_THRESH2 : DN_THRESH1) +
				((parseInt(m[1], 10) * 60 + parseInt(m[2], 10)) * 60 + (m[3] ? parseInt(m[3].slice(1), 10) : 0)) * 1000 +
				(m[4] ? parseInt((m[4] + '000').slice(1, 4), 10) : 0)
		);
	else if ((m = str.match(PDRE2))) d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 0, 0, 0, 0));
	else if ((m = str.match(PDRE3)))
		d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], (m[6] && parseInt(m[6].slice(1), 10)) || 0, (m[7] && parseInt((m[7] + '0000').slice(1, 4), 10)) || 0));
	else return null;
	let res = (d.getTime() - DN_THRESH) / DAY_MS;
	if (!isFinite(res)) return null;
	if (date1904) {
		res -= 1462;
		return res < -1402 ? res - 1 : res;
	}
	return res < 60 ? res - 1 : res;
}
