/**
 * A walk over a Word document's body (word/document.xml): its paragraphs and
 * tables, in order, as plain text — nothing else a form needs. A table keeps
 * what lays it out on a grid: each row's skipped grid columns (gridBefore /
 * gridAfter), each cell's span across (gridSpan) and its part in a merge down
 * (vMerge). Text is what Word shows: runs, tabs and breaks, field results
 * (not field codes), insertions (not deletions), symbols (w:sym and runs in
 * a symbol font) and check boxes — content controls (w14:checkbox) and
 * legacy form fields (FORMCHECKBOX) — as ☑ or □. A text box's paragraphs
 * (w:txbxContent, where a title or the 填报单位 line is sometimes put) come
 * just before the paragraph it is anchored in, or as lines of the cell it
 * sits in; of an alternative (mc:AlternateContent) only the first choice is
 * read, so a text box Word also writes as a VML fallback is read once. The old
 * merge across (w:hMerge) is kept for the grid (docx.ts).
 */
import { CHECKED, UNCHECKED, isSymbolFont, symbolText } from './word-symbols';

export interface WordCell {
	/** The cell's paragraphs, joined by line breaks. */
	text: string;
	/** Grid columns it spans (gridSpan, 1 when absent). */
	span: number;
	/** Its part in a vertical merge: 'restart' begins one, 'continue' extends the one above. */
	vMerge: 'restart' | 'continue' | null;
	/** Its part in an old-style merge across (w:hMerge, RTF's \clmgf/\clmrg): 'continue' joins the cell before. */
	hMerge?: 'restart' | 'continue' | null;
}

export interface WordRow {
	/** Grid columns left empty before the first cell (gridBefore). */
	before: number;
	cells: WordCell[];
}

/** A paragraph (`header`: one of the page header's) or a table. */
export type WordBlock = { kind: 'paragraph'; text: string; header?: boolean } | { kind: 'table'; rows: WordRow[] };

const W_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Elements whose whole content is left out: deletions, field codes, embedded objects, the fallback of an alternative. */
const SKIPPED = new Set(['delText', 'del', 'moveFrom', 'instrText', 'delInstrText', 'object', 'mc:Fallback', 'footnoteReference', 'endnoteReference', 'rPrChange', 'pPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'sectPrChange']);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeText(s: string): string {
	if (s.indexOf('&') < 0) return s;
	return s.replace(/&(#x[\da-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
		if (e[0] !== '#') return ENTITIES[e] ?? m;
		const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
	});
}

/** An attribute's value by its local name (w:val, w14:val, val), or null. */
function attr(tag: string, local: string): string | null {
	const m = new RegExp(`\\s(?:[\\w.-]+:)?${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
	return m ? unescapeText(m[1] ?? m[2]) : null;
}

/** An on/off property: present without a value, or with 1/true/on, is on. */
function isOn(tag: string): boolean {
	const v = attr(tag, 'val');
	return v === null || v === '1' || v === 'true' || v === 'on';
}

/** The namespace prefixes the root element binds, prefix → URI ('' for a default namespace). */
function namespacesOf(rootTag: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const m of rootTag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1] ?? '', m[2] ?? m[3]);
	return out;
}

interface SdtFrame {
	/** A check box content control: its state; null for any other control. */
	checked: boolean | null;
	inContent: boolean;
	shown: boolean;
}

interface TableFrame {
	rows: WordRow[];
	row: WordRow | null;
	cell: { paragraphs: string[]; span: number; vMerge: WordCell['vMerge']; hMerge: WordCell['hMerge'] } | null;
}

/** A text box being read: its paragraphs, and the paragraph it is anchored in (resumed after it). */
interface BoxFrame {
	lines: string[];
	anchor: string[] | null;
}

/**
 * The body's paragraphs and tables in order. A table inside a table cell
 * gives its paragraphs to that cell, one line each.
 */
export function wordBlocks(xml: string): WordBlock[] {
	const blocks: WordBlock[] = [];
	const stack: string[] = [];
	let prefixes: Map<string, string> | null = null;
	let skipDepth = 0;
	const tables: TableFrame[] = [];
	const sdts: SdtFrame[] = [];
	const boxes: BoxFrame[] = [];
	let paragraph: string[] | null = null;
	let runFont: string | null = null;
	let inText = false;
	/** A legacy form field being read: whether it is a check box and its state. */
	let field: { checkbox: boolean; checked: boolean | null; byDefault: boolean } | null = null;

	const emit = (s: string) => {
		if (paragraph) paragraph.push(s);
	};
	/** Inside a check box content control the control's state is written once, in place of its glyph. */
	const checkbox = (): SdtFrame | undefined => {
		for (let i = sdts.length - 1; i >= 0; i--) if (sdts[i].checked !== null && sdts[i].inContent) return sdts[i];
		return undefined;
	};
	/** A run's text (in a symbol font: as the symbols it shows); `symbol`: already a symbol's text. */
	const text = (s: string, symbol = false) => {
		const box = checkbox();
		if (box) {
			if (!box.shown) emit(box.checked ? CHECKED : UNCHECKED);
			box.shown = true;
			return;
		}
		emit(runFont && !symbol ? symbolText(runFont, s) : s);
	};
	const endParagraph = () => {
		if (!paragraph) return;
		const t = paragraph.join('');
		paragraph = null;
		if (boxes.length) {
			boxes[boxes.length - 1].lines.push(t);
			return;
		}
		const table = tables[0];
		if (table?.cell) table.cell.paragraphs.push(t);
		else if (tables.length === 0) blocks.push({ kind: 'paragraph', text: t });
	};

	const TAG = /<([^>]*)>/g;
	let last = 0;
	for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
		if (inText && skipDepth === 0) text(unescapeText(xml.slice(last, m.index)));
		last = TAG.lastIndex;
		const tag = m[1];
		const c0 = tag.charCodeAt(0);
		if (c0 === 63 /* ? */ || c0 === 33 /* ! */) continue;
		const closing = c0 === 47; /* / */
		const selfClosing = !closing && tag.charCodeAt(tag.length - 1) === 47;
		const qname = /^\/?([^\s/>]+)/.exec(tag)?.[1] ?? '';
		if (!prefixes) prefixes = namespacesOf(tag);
		const colon = qname.indexOf(':');
		const ns = prefixes.get(colon < 0 ? '' : qname.slice(0, colon));
		const local = colon < 0 ? qname : qname.slice(colon + 1);
		const name = ns !== undefined && W_NAMESPACES.has(ns) ? local : ns === W14 ? 'w14:' + local : ns === MC ? 'mc:' + local : '?' + local;

		if (closing) {
			// Pop to the matching start tag (a stray end tag closes nothing).
			const at = stack.lastIndexOf(name);
			if (at < 0) continue;
			for (let i = stack.length - 1; i >= at; i--) {
				const open = stack[i];
				if (skipDepth > 0) {
					if (i === skipDepth - 1) skipDepth = 0;
					stack.length = i;
					continue;
				}
				close(open);
				stack.length = i;
			}
			continue;
		}
		if (skipDepth > 0) {
			if (!selfClosing) stack.push(name);
			continue;
		}
		if (SKIPPED.has(name)) {
			if (!selfClosing) {
				stack.push(name);
				skipDepth = stack.length;
			}
			continue;
		}
		open(name, tag, selfClosing);
		if (!selfClosing) stack.push(name);
	}
	endParagraph();
	return blocks;

	function open(name: string, tag: string, selfClosing: boolean): void {
		const parent = stack[stack.length - 1];
		switch (name) {
			case 'p':
				endParagraph();
				paragraph = [];
				if (selfClosing) endParagraph();
				return;
			case 'r':
				runFont = null;
				return;
			case 'rFonts':
				if (parent === 'rPr' && stack[stack.length - 2] === 'r') {
					const font = attr(tag, 'ascii') ?? attr(tag, 'hAnsi') ?? attr(tag, 'eastAsia') ?? attr(tag, 'cs');
					runFont = font && isSymbolFont(font) ? font : null;
				}
				return;
			case 't':
				if (parent === 'r' && !selfClosing) inText = true;
				return;
			case 'tab':
				if (parent === 'r') text('\t');
				return;
			case 'br':
			case 'cr':
				if (parent === 'r') emit('\n');
				return;
			case 'noBreakHyphen':
				if (parent === 'r') emit('-');
				return;
			case 'sym': {
				const font = attr(tag, 'font') ?? '';
				const code = parseInt(attr(tag, 'char') ?? '', 16);
				if (Number.isFinite(code) && code > 0 && code <= 0xffff) text(symbolText(font, String.fromCharCode(code)), true);
				return;
			}
			case 'fldChar': {
				const type = attr(tag, 'fldCharType');
				if (type === 'begin') field = { checkbox: false, checked: null, byDefault: false };
				return;
			}
			case 'checkBox':
				if (field) field.checkbox = true;
				return;
			case 'checked':
				if (field?.checkbox) field.checked = isOn(tag);
				return;
			case 'default':
				if (field?.checkbox) field.byDefault = attr(tag, 'val') === '1' || attr(tag, 'val') === 'true';
				return;
			case 'sdt':
				sdts.push({ checked: null, inContent: false, shown: false });
				if (selfClosing) sdts.pop();
				return;
			case 'w14:checkbox':
				if (sdts.length) sdts[sdts.length - 1].checked ??= false;
				return;
			case 'w14:checked':
				if (sdts.length && sdts[sdts.length - 1].checked !== null) sdts[sdts.length - 1].checked = isOn(tag);
				return;
			case 'sdtContent':
				if (sdts.length) sdts[sdts.length - 1].inContent = true;
				return;
			case 'txbxContent':
				boxes.push({ lines: [], anchor: paragraph });
				paragraph = null;
				return;
		}
		// Inside a text box a table's cells are only lines of the box.
		if (boxes.length) return;
		switch (name) {
			case 'tbl':
				if (tables.length === 0) endParagraph();
				tables.push({ rows: [], row: null, cell: null });
				return;
			case 'tr':
				if (tables.length === 1) tables[0].row = { before: 0, cells: [] };
				return;
			case 'gridBefore':
				if (tables.length === 1 && tables[0].row) tables[0].row.before = Math.max(0, parseInt(attr(tag, 'val') ?? '0', 10) || 0);
				return;
			case 'tc':
				if (tables.length === 1) tables[0].cell = { paragraphs: [], span: 1, vMerge: null, hMerge: null };
				return;
			case 'gridSpan':
				if (tables.length === 1 && tables[0].cell) tables[0].cell.span = Math.max(1, parseInt(attr(tag, 'val') ?? '1', 10) || 1);
				return;
			case 'vMerge':
				if (tables.length === 1 && tables[0].cell) tables[0].cell.vMerge = attr(tag, 'val') === 'restart' ? 'restart' : 'continue';
				return;
			case 'hMerge':
				if (tables.length === 1 && tables[0].cell) tables[0].cell.hMerge = attr(tag, 'val') === 'restart' ? 'restart' : 'continue';
				return;
		}
	}

	/** A text box's paragraph: a line of the box it sits in, of the cell it sits in, else a paragraph of its own. */
	function placeBoxLine(line: string): void {
		if (boxes.length) boxes[boxes.length - 1].lines.push(line);
		else if (tables[0]?.cell) tables[0].cell.paragraphs.push(line);
		else if (tables.length === 0) blocks.push({ kind: 'paragraph', text: line });
	}

	function close(name: string): void {
		switch (name) {
			case 't':
				inText = false;
				return;
			case 'r':
				runFont = null;
				return;
			case 'p':
				endParagraph();
				return;
			case 'fldChar':
				if (field?.checkbox) emit(field.checked ?? field.byDefault ? CHECKED : UNCHECKED);
				field = null;
				return;
			case 'sdt': {
				const box = sdts.pop();
				if (box && box.checked !== null && !box.shown && paragraph) emit(box.checked ? CHECKED : UNCHECKED);
				return;
			}
			case 'txbxContent': {
				endParagraph();
				const box = boxes.pop();
				if (!box) return;
				for (const line of box.lines) if (line.trim() !== '') placeBoxLine(line);
				paragraph = box.anchor;
				return;
			}
		}
		if (boxes.length) return;
		switch (name) {
			case 'tc': {
				const table = tables[tables.length - 1];
				if (tables.length === 1 && table.cell && table.row) {
					const lines = table.cell.paragraphs;
					// Word ends many cells with an empty paragraph: blank lines at either end are no content.
					while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
					while (lines.length && lines[0].trim() === '') lines.shift();
					table.row.cells.push({ text: lines.join('\n'), span: table.cell.span, vMerge: table.cell.vMerge, hMerge: table.cell.hMerge });
					table.cell = null;
				}
				return;
			}
			case 'tr':
				if (tables.length === 1 && tables[0].row) {
					tables[0].rows.push(tables[0].row);
					tables[0].row = null;
				}
				return;
			case 'tbl': {
				const table = tables.pop();
				if (table && tables.length === 0) blocks.push({ kind: 'table', rows: table.rows });
				return;
			}
		}
	}
}
