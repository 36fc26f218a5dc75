/**
 * Our own .xlsx reader: a plain zip's inflated parts → the Workbook SheetJS
 * would give (sheetjs.ts), field for field, without loading SheetJS — for
 * the files people really send: worksheets of numbers, shared and inline
 * strings, booleans, errors, dates, formulas with their values, styles'
 * number formats (number-format.ts), merges, hidden sheets, date1904.
 *
 * It follows SheetJS's own reading (parse_zip, parse_ct, parse_rels,
 * parse_wb_xml, parse_sty_xml, parse_sst_xml, parse_ws_xml) and returns
 * null — the file then goes to SheetJS — wherever it would not come out
 * exactly the same: chartsheets and macrosheets, binary parts, a number
 * format or an XML form it does not reproduce, text that is not UTF-8.
 */
import { WorkbookBuilder } from './cells';
import type { ReadLimits } from './limits';
import type { Workbook } from './workbook';
import { BUILTIN_FORMATS, fixedFormat } from './number-format';
import { readSheet } from './xlsx-sheet';
import { Decline, type SheetContext } from './xlsx-cell';
import { modifiedOfCoreXml } from './saved-date';

export { Decline } from './xlsx-cell';
import { parseXmlTag, sharedStrings, stripNs, TAG, unescapeXml } from './xlsx-xml';

export interface XlsxPart {
	/** The name as the local header spells it, raw (what SheetJS reads). */
	name: Uint8Array;
	/** The name as the directory lists it. */
	path: string;
	data: Uint8Array;
}

const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const MAIN_NS = [
	'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
	'http://purl.oclc.org/ooxml/spreadsheetml/main',
	'http://schemas.microsoft.com/office/excel/2006/main',
	'http://schemas.microsoft.com/office/excel/2006/2'
];
const WORKBOOK_TYPES = new Set([
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
	'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
	'application/vnd.ms-excel.addin.macroEnabled.main+xml',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
	'application/vnd.ms-excel.sheet.binary.macroEnabled.main'
]);
const STRINGS_TYPES = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml', 'application/vnd.ms-excel.sharedStrings']);
const STYLES_TYPES = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml', 'application/vnd.ms-excel.styles']);
const WORKSHEET_RELS = new Set([
	'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
	'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet'
]);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const ASCII_NAME = /^[\x20-\x7e]+$/;

/** The package's parts by name, found as SheetJS finds them (case-insensitively). */
class Parts {
	private readonly byName = new Map<string, Uint8Array>();
	private readonly texts = new Map<string, string>();

	constructor(parts: XlsxPart[]) {
		for (const p of parts) {
			const local = String.fromCharCode(...p.name);
			if (local !== p.path || !ASCII_NAME.test(local) || local.includes('\\')) throw new Decline('part name');
			const key = local.toLowerCase();
			if (this.byName.has(key)) throw new Decline('two parts of one name');
			this.byName.set(key, p.data);
		}
	}

	has(path: string): boolean {
		return this.byName.has(path.toLowerCase());
	}

	/** The part's text; Decline when it is not UTF-8 (SheetJS decodes other bytes its own way) or starts with a byte-order mark. */
	text(path: string): string | null {
		const key = path.toLowerCase();
		const known = this.texts.get(key);
		if (known !== undefined) return known;
		const bytes = this.byName.get(key);
		if (!bytes) return null;
		if ((bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
			throw new Decline('byte-order mark');
		let s: string;
		try {
			s = utf8.decode(bytes);
		} catch {
			throw new Decline('not UTF-8');
		}
		this.texts.set(key, s);
		return s;
	}
}

const stripFrontSlash = (x: string) => (x.charAt(0) == '/' ? x.slice(1) : x);

type Tag = readonly [string, Readonly<Record<string | number, string>>];

/**
 * Each tag of an XML text with its attributes (as SheetJS's loops over tagregex see them). Files made
 * from one template repeat their content types, relationships, workbook and styles parts word for
 * word, so a text's tags are kept (read only) for the next file; a few small texts at most.
 */
function tags(xml: string): readonly Tag[] {
	let out = TAGS_OF.get(xml);
	if (!out) {
		TAG.lastIndex = 0;
		out = (xml.match(TAG) ?? []).map((x): Tag => [x, parseXmlTag(x)]);
		if (xml.length <= KEPT_TEXT_MAX) {
			if (TAGS_OF.size >= KEPT_TEXTS) TAGS_OF.clear();
			TAGS_OF.set(xml, out);
		}
	}
	return out;
}
const TAGS_OF = new Map<string, readonly Tag[]>();
const KEPT_TEXTS = 64;
const KEPT_TEXT_MAX = 64 * 1024;

/** parse_ct: the workbook, shared strings and styles parts. */
function contentTypes(xml: string): { workbook: string; strings: string; styles: string } {
	let xmlns: string | undefined;
	const workbooks: string[] = [];
	const strings: string[] = [];
	const styles: string[] = [];
	for (const [, y] of tags(xml)) {
		switch (y[0].replace(/<\w*:/, '<')) {
			case '<Types':
				xmlns = y['xmlns' + (y[0].match(/<(\w+):/) || ['', ''])[1]];
				break;
			case '<Override':
				if (WORKBOOK_TYPES.has(y.ContentType)) workbooks.push(y.PartName);
				else if (STRINGS_TYPES.has(y.ContentType)) strings.push(y.PartName);
				else if (STYLES_TYPES.has(y.ContentType)) styles.push(y.PartName);
		}
	}
	if (xmlns !== CT_NS) throw new Decline('content types namespace');
	return { workbook: workbooks[0] ?? '', strings: strings[0] ?? '', styles: styles[0] ?? '' };
}

/** parse_rels: each relationship by its id. */
function relationships(xml: string | null): Map<string, { type: string | undefined; target: string }> {
	const out = new Map<string, { type: string | undefined; target: string }>();
	if (!xml) return out;
	for (const [, y] of tags(xml)) if (y[0] === '<Relationship') out.set(String(y.Id), { type: y.Type, target: unescapeXml(String(y.Target)) });
	return out;
}

const parseXmlBool = (value: string | undefined) => value === '1' || value === 'true';

interface SheetEntry {
	name: string;
	hidden: boolean;
	id: string | undefined;
}

/** parse_wb_xml: the sheets in order, and the date system. */
function workbookXml(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
	let xmlns: string | undefined;
	let date1904 = false;
	const sheets: SheetEntry[] = [];
	for (const [, y] of tags(xml)) {
		switch (stripNs(y[0])) {
			case '<workbook':
				if (y[0] !== '<workbook') throw new Decline('workbook with a prefix');
				xmlns = y.xmlns;
				break;
			case '<workbookPr':
			case '<workbookPr/>':
				if (y.date1904 != null) date1904 = parseXmlBool(y.date1904);
				break;
			case '<sheet':
				if (y.name === undefined) throw new Decline('sheet without a name');
				sheets.push({ name: unescapeXml(y.name), hidden: y.state === 'hidden' || y.state === 'veryHidden', id: y.id || y.strRelID });
		}
	}
	if (!xmlns || !MAIN_NS.includes(xmlns)) throw new Decline('workbook namespace');
	return { sheets, date1904 };
}

/** parse_sty_xml: the number formats (into the table) and each cell style's format id. */
function stylesXml(xml: string, table: Record<number, string | undefined>): (number | undefined)[] | null {
	if (xml.includes('<!--') || xml.includes('<!DOCTYPE')) throw new Decline('styles with comments');
	const numFmts = matchXml(xml, 'numFmts');
	if (numFmts) {
		for (const [, y] of tags(numFmts)) {
			if (stripNs(y[0]) !== '<numFmt') continue;
			if (y.formatCode === undefined || !/^(0|[1-9][0-9]*)$/.test(y.numFmtId ?? '')) throw new Decline('number format');
			const j = parseInt(y.numFmtId, 10);
			if (j > 0x188) throw new Decline('number format id');
			if (j > 0) table[j] = fixedFormat(unescapeXml(y.formatCode));
		}
	}
	const cellXfs = matchXml(xml, 'cellXfs');
	if (!cellXfs) return null;
	const xfs: (number | undefined)[] = [];
	for (const [, y] of tags(cellXfs)) {
		const name = stripNs(y[0]);
		if (name !== '<xf' && name !== '<xf/>' && name !== '<xf>') continue;
		const id = y.numFmtId;
		if (id === undefined) xfs.push(undefined);
		else if (/^(0|[1-9][0-9]*)$/.test(id) && +id <= 0x188) xfs.push(parseInt(id, 10));
		else throw new Decline('cell style number format');
	}
	return xfs;
}

/** str_match_xml_ns's whole element (the part SheetJS parses). */
function matchXml(xml: string, tag: string): string | null {
	const open = new RegExp('<(?:\\w+:)?' + tag + '\\b[^<>]*>').exec(xml);
	if (!open) return null;
	const close = new RegExp('</(?:\\w+:)?' + tag + '>', 'g');
	close.lastIndex = open.index + open[0].length;
	const end = close.exec(xml);
	return end ? xml.slice(open.index, close.lastIndex) : null;
}

/**
 * The parts of a plain zip → the Workbook SheetJS would read from it, or
 * null where this reader does not reproduce SheetJS exactly. Throws the
 * FileErrors of the limits (in the order SheetJS's reading throws them).
 */
export function readXlsx(parts: XlsxPart[], fileName: string, limits: ReadLimits): Workbook | null {
	const wb = readXlsxOrDecline(parts, fileName, limits);
	return wb instanceof Decline ? null : wb;
}

/** readXlsx, saying why it declines (for tests and for looking into a file). */
export function readXlsxOrDecline(parts: XlsxPart[], fileName: string, limits: ReadLimits): Workbook | Decline {
	try {
		return read(parts, fileName, limits);
	} catch (e) {
		if (e instanceof Decline) return e;
		throw e;
	}
}

function read(list: XlsxPart[], fileName: string, limits: ReadLimits): Workbook {
	const parts = new Parts(list);
	// What SheetJS would read as another kind of package.
	if (parts.has('META-INF/manifest.xml') || parts.has('objectdata.xml') || parts.has('Index/Document.iwa')) throw new Decline('not OOXML');
	const ctText = parts.text('[Content_Types].xml');
	if (ctText === null) throw new Decline('no content types');
	const dir = contentTypes(ctText);
	let workbookPath = dir.workbook;
	if (!workbookPath) {
		if (!parts.has('xl/workbook.xml')) throw new Decline('no workbook');
		workbookPath = 'xl/workbook.xml';
	}
	if (workbookPath.slice(-3) == 'bin') throw new Decline('binary workbook');

	let strings: (string | undefined)[] = [];
	if (dir.strings) {
		if (dir.strings.slice(-4) === '.bin') throw new Decline('binary strings');
		const text = parts.text(stripFrontSlash(dir.strings));
		// SheetJS reads a missing or unreadable table as none.
		if (text !== null && text !== '') {
			const read = sharedStrings(text);
			if (!read) throw new Decline('shared strings');
			strings = read;
		}
	}

	const table: Record<number, string | undefined> = { ...BUILTIN_FORMATS };
	let xfs: (number | undefined)[] | null = null;
	if (dir.styles) {
		if (dir.styles.slice(-4) === '.bin') throw new Decline('binary styles');
		const text = parts.text(stripFrontSlash(dir.styles));
		if (text === null) throw new Decline('styles part missing');
		if (text !== '') xfs = stylesXml(text, table);
	}

	const wbText = parts.text(stripFrontSlash(workbookPath));
	if (!wbText) throw new Decline('workbook part');
	const wb = workbookXml(wbText);
	if (wb.sheets.length === 0) throw new Decline('no sheets');
	if (new Set(wb.sheets.map((s) => s.name)).size !== wb.sheets.length) throw new Decline('two sheets of one name');

	const slash = workbookPath.lastIndexOf('/');
	let relsPath = (workbookPath.slice(0, slash + 1) + '_rels/' + workbookPath.slice(slash + 1) + '.rels').replace(/^\//, '');
	if (!parts.has(relsPath)) relsPath = 'xl/_rels/workbook.xml.rels';
	const rels = relationships(parts.text(relsPath));

	const ctx: SheetContext = { strings, xfs, table, date1904: wb.date1904, sheetRows: limits.maxRows + 1, maxColumns: limits.maxColumns };
	const builder = new WorkbookBuilder('xlsx', fileName, limits, wb.date1904);
	const sheets: { name: string; hidden: boolean; path: string }[] = wb.sheets.map((sheet) => {
		const rel = sheet.id === undefined ? undefined : rels.get(sheet.id);
		if (!rel) throw new Decline('sheet without its relationship');
		if (rel.type && !WORKSHEET_RELS.has(rel.type)) throw new Decline('not a worksheet');
		let path = 'xl/' + rel.target.replace(/[/]?xl\//, '');
		if (!parts.has(path)) path = rel.target;
		if (!parts.has(path)) path = relsPath.replace(/_rels\/[\S\s]*$/, '') + rel.target;
		if (!parts.has(path)) throw new Decline('worksheet part missing');
		if (path.slice(-4) === '.bin') throw new Decline('binary worksheet');
		return { name: sheet.name, hidden: sheet.hidden, path };
	});
	// Sheet by sheet, so a file past a limit is refused before the next sheet is read.
	for (const sheet of sheets) {
		const text = parts.text(sheet.path) ?? '';
		const { data, merges } = text === '' ? { data: [], merges: [] } : readSheet(text, ctx);
		builder.sheet(sheet.name, sheet.hidden, data, merges);
	}
	builder.savedOn = savedOnOf(parts);
	return builder.workbook();
}

/** docProps/core.xml's saved date; a core part that cannot be read dates nothing (and declines nothing). */
function savedOnOf(parts: Parts): string | null {
	try {
		return modifiedOfCoreXml(parts.text('docProps/core.xml'));
	} catch {
		return null;
	}
}
