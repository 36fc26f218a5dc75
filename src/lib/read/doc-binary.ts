/**
 * A Word 97–2003 binary document (.doc, and WPS's .wps in the same
 * container) as the same paragraphs and tables a .docx gives (docx-xml.ts),
 * so a form saved as .doc is read like any other Word form. The compound
 * file's streams are opened by the caller (SheetJS's CFB); this reads
 * [MS-DOC]: the text through the piece table (doc-stream.ts), paragraph and
 * row properties (doc-props.ts). Text is what the document shows: field
 * results (not codes), SYMBOL fields and symbols (sprmCSymbol, runs in a
 * symbol font) as the symbols shown, FORMCHECKBOX fields as ☑/□ (their state
 * from the field's data). Paragraphs in a table are cell lines (0x07 ends a
 * cell, a row-end mark carries the row's cell edges and merges, which
 * rtf-table.ts puts on a grid exactly as for RTF); a nested table's cells
 * become lines of its outer cell. The page headers' paragraphs come first.
 * Not read: footnotes, comments, text boxes, and property changes kept in
 * the piece table itself (fast-saved files).
 */
import type { WordBlock } from './docx-xml';
import { CHECKED, UNCHECKED, isSymbolFont, symbolText } from './word-symbols';
import { RtfTable, type RtfBounds } from './rtf-table';
import { Bytes, DocFormatError, FC, NO_FC, WORD97_NFIB, readChars, readFib, readPieces, type Chars, type Fib, type Piece } from './doc-stream';
import { characterRuns, charProps, checkBoxState, fontNames, paragraphProps, paragraphRuns, type CharProps, type ParagraphProps, type Runs } from './doc-props';

export { DocFormatError } from './doc-stream';

/** The compound file's streams a .doc needs, by lower-case name (`worddocument`, `0table`, `1table`, `data`). */
export type DocStreams = Map<string, Uint8Array>;

/** Why a .doc is not read: an older Word (6/95) or a password. The caller words the message. */
export class DocRefused extends Error {
	constructor(readonly reason: 'old-word' | 'encrypted') {
		super(reason);
		this.name = 'DocRefused';
	}
}

const FIELD_DEPTH = 64;

interface Field {
	inst: string;
	/** Past the separator (0x14): the result is being read. */
	result: boolean;
	/** The field's shown text comes from its instruction (SYMBOL, FORMCHECKBOX): its result is not read. */
	replaced: boolean;
	/** A check box's state from its data, where the instruction's characters carry it. */
	checked: boolean | null;
}

/** The document's shape: what each piece of the reader needs to walk a story. */
interface Doc {
	doc: Bytes;
	data: Bytes | null;
	pieces: Piece[];
	papx: Runs;
	chpx: Runs;
	fonts: string[];
	/** Each run's character and paragraph properties, read once. */
	props: Map<Uint8Array, CharProps>;
	paragraphs: Map<Uint8Array, ParagraphProps>;
	/** Each font's "is a symbol font", worked out once. */
	symbolFonts: Map<number, boolean>;
}

export function docBlocks(streams: DocStreams, bounds: RtfBounds): WordBlock[] {
	const main = streams.get('worddocument');
	if (!main) throw new DocFormatError('no WordDocument stream');
	const doc = new Bytes(main, 'WordDocument');
	const fib = readFib(doc);
	if (!fib || fib.nFib < WORD97_NFIB) throw new DocRefused('old-word');
	if (fib.encrypted) throw new DocRefused('encrypted');
	const tableBytes = streams.get(fib.tableStream);
	if (!tableBytes) throw new DocFormatError(`no ${fib.tableStream} stream`);
	const table = new Bytes(tableBytes, fib.tableStream);
	const dataBytes = streams.get('data');
	const pieces = readPieces(table, fib, doc);
	// Every character is stored once in the WordDocument stream: text longer than it is a lie.
	const textEnd = pieces.length ? pieces[pieces.length - 1].cpEnd : 0;
	if (textEnd > doc.length || fib.ccpText + fib.ccpFtn + fib.ccpHdd > textEnd || fib.cpTxbx + fib.ccpTxbx > textEnd) throw new DocFormatError('text longer than the document');
	const d: Doc = {
		doc,
		data: dataBytes ? new Bytes(dataBytes, 'Data') : null,
		pieces,
		papx: paragraphRuns(doc, table, fib),
		chpx: characterRuns(doc, table, fib),
		fonts: fontNames(table, fib),
		props: new Map(),
		paragraphs: new Map(),
		symbolFonts: new Map()
	};
	const blocks = storyBlocks(d, readChars(doc, d.pieces, 0, fib.ccpText), bounds, textBoxes(d, fib, table));
	const header = headerLines(d, fib, table);
	return [...header.map((text): WordBlock => ({ kind: 'paragraph', text, header: true })), ...blocks];
}

/**
 * The page headers' lines, each different one once: the header stories
 * (plcfHdd: six separators, then per section even/odd/first headers and
 * footers) of the header text, which follows the main text and footnotes.
 */
function headerLines(d: Doc, fib: Fib, table: Bytes): string[] {
	const { fc, lcb } = fib.fcLcb(FC.plcfHdd);
	if (lcb < 8 || fib.ccpHdd === 0) return [];
	table.check(fc, lcb);
	const n = Math.min(lcb / 4, 6 + 6 * 1024);
	const base = fib.ccpText + fib.ccpFtn;
	const out: string[] = [];
	const seen = new Set<string>();
	let done = 0;
	for (let i = 6; i + 1 < n; i++) {
		if ((i - 6) % 6 === 2 || (i - 6) % 6 === 3 || (i - 6) % 6 === 5) continue; // footers
		const a = table.u32(fc + i * 4);
		const b = Math.min(table.u32(fc + (i + 1) * 4), fib.ccpHdd);
		// Stories follow one another: one reaching back over another's text is read no further.
		if (b <= a || a < done) continue;
		done = b;
		for (const l of storyLines(d, base + a, base + b))
			if (l.trim() !== '' && !seen.has(l)) {
				seen.add(l);
				out.push(l);
			}
	}
	return out;
}

const NO_PROPS: CharProps = { font: null, symbol: null, fieldData: null };

/** The character properties at byte `fc` (none for a character no piece holds). */
function propsAt(d: Doc, fc: number): CharProps {
	if (fc === NO_FC) return NO_PROPS;
	const grpprl = d.chpx.at(fc);
	let p = d.props.get(grpprl);
	if (!p) d.props.set(grpprl, (p = charProps(grpprl)));
	return p;
}

/** The paragraph properties of the paragraph whose mark is at byte `fc`. */
function paragraphAt(d: Doc, fc: number): ParagraphProps {
	const grpprl = fc === NO_FC ? NO_GRPPRL : d.papx.at(fc);
	let p = d.paragraphs.get(grpprl);
	if (!p) d.paragraphs.set(grpprl, (p = paragraphProps(grpprl)));
	return p;
}

const NO_GRPPRL = new Uint8Array(0);

function isSymbol(d: Doc, font: number): boolean {
	let s = d.symbolFonts.get(font);
	if (s === undefined) d.symbolFonts.set(font, (s = d.fonts[font] !== undefined && isSymbolFont(d.fonts[font])));
	return s;
}

/** A story's lines: its paragraphs, and its tables' cells' lines. */
function storyLines(d: Doc, from: number, to: number): string[] {
	return storyBlocks(d, readChars(d.doc, d.pieces, from, to), null).flatMap((blk) =>
		blk.kind === 'paragraph' ? [blk.text] : blk.rows.flatMap((r) => r.cells.flatMap((c) => c.text.split('\n')))
	);
}

/**
 * The main text's text boxes, by the CP of their anchor: each box's text
 * (plcftxbxTxt, in the text boxes' story) belongs to the shape (FTXBXS.lid)
 * that a shape anchor in the main text (PlcSpaMom, SPA.lid) places.
 */
function textBoxes(d: Doc, fib: Fib, table: Bytes): Map<number, string[]> {
	const out = new Map<number, string[]>();
	const boxes = fib.fcLcb(FC.plcftxbxTxt);
	const shapes = fib.fcLcb(FC.plcSpaMom);
	if (fib.ccpTxbx === 0 || boxes.lcb < 4 + 22 || shapes.lcb < 4 + 26) return out;
	table.check(boxes.fc, boxes.lcb);
	table.check(shapes.fc, shapes.lcb);
	const anchorOf = new Map<number, number>();
	const nShapes = Math.floor((shapes.lcb - 4) / 30);
	for (let i = 0; i < nShapes; i++) anchorOf.set(table.u32(shapes.fc + (nShapes + 1) * 4 + i * 26), table.u32(shapes.fc + i * 4));
	const nBoxes = Math.floor((boxes.lcb - 4) / 26);
	let done = 0;
	for (let i = 0; i < nBoxes; i++) {
		const ftxbxs = boxes.fc + (nBoxes + 1) * 4 + i * 22;
		const a = table.u32(boxes.fc + i * 4);
		const b = Math.min(table.u32(boxes.fc + (i + 1) * 4), fib.ccpTxbx);
		const anchor = anchorOf.get(table.u32(ftxbxs + 14));
		// A reusable (deleted) box, one without its shape, one reaching back over another's text: not read.
		if (table.u16(ftxbxs + 8) !== 0 || anchor === undefined || b <= a || a < done) continue;
		done = b;
		const lines = storyLines(d, fib.cpTxbx + a, fib.cpTxbx + b).filter((l) => l.trim() !== '');
		if (lines.length) out.set(anchor, [...(out.get(anchor) ?? []), ...lines]);
	}
	return out;
}

/** A story's paragraphs and tables. `bounds` null: a header's, whose tables become lines (not bounded as sheets). */
function storyBlocks(d: Doc, chars: Chars, bounds: RtfBounds | null, boxes?: Map<number, string[]>): WordBlock[] {
	const blocks: WordBlock[] = [];
	const table = new RtfTable(bounds ?? { row() {}, cells() {}, columns() {} });
	const fields: Field[] = [];
	let line = '';
	/** Text boxes anchored in the paragraph being read: their lines go before it (in a cell, as the cell's lines). */
	let boxLines: string[] = [];
	const closeTable = () => {
		const rows = table.close();
		if (!rows) return;
		if (bounds) blocks.push({ kind: 'table', rows });
		else for (const r of rows) for (const c of r.cells) for (const l of c.text.split('\n')) blocks.push({ kind: 'paragraph', text: l });
	};
	/** Text goes where the innermost field is: its instruction, or the paragraph when every open field shows its result. */
	const add = (s: string) => {
		const f = fields[fields.length - 1];
		if (f && !f.result) {
			if (f.inst.length < 4096) f.inst += s;
		} else if (!fields.some((x) => x.replaced)) line += s;
	};
	const endParagraph = (mark: number, fc: number) => {
		const text = line;
		line = '';
		const p = paragraphAt(d, fc);
		const boxed = boxLines;
		boxLines = [];
		if (p.depth === 0 && !(mark === 0x07 && table.rowOpen)) {
			closeTable();
			for (const l of boxed) blocks.push({ kind: 'paragraph', text: l });
			blocks.push({ kind: 'paragraph', text });
			return;
		}
		for (const l of boxed) table.line(l);
		if (p.depth >= 2) {
			// A nested table: its cells' paragraphs are lines of the outer cell; its row ends hold nothing.
			if (!p.innerRowEnd || text.trim() !== '') table.line(text);
			return;
		}
		if (p.rowEnd || (mark === 0x07 && p.row)) {
			if (text.trim() !== '') table.line(text);
			table.define('trowd', null);
			if (p.row) {
				table.define('trleft', p.row.left);
				for (const c of p.row.cells) {
					if (c.vMerge) table.define(c.vMerge === 'restart' ? 'clvmgf' : 'clvmrg', null);
					if (c.hMerge) table.define(c.hMerge === 'restart' ? 'clmgf' : 'clmrg', null);
					table.define('cellx', c.right);
				}
			}
			table.endRow();
			return;
		}
		table.line(text);
		if (mark === 0x07) table.endCell();
	};

	const { codes, raw, fcs } = chars;
	for (let k = 0; k < codes.length; k++) {
		const c = codes[k];
		const boxed = boxes?.size ? boxes.get(k) : undefined;
		if (boxed) boxLines.push(...boxed);
		switch (c) {
			case 0x0d:
			case 0x07:
				endParagraph(c, fcs[k]);
				continue;
			case 0x0c: // a page or section break: ends the paragraph when text is waiting
				if (line.trim() !== '') endParagraph(0x0d, fcs[k]);
				continue;
			case 0x0b:
				add('\n');
				continue;
			case 0x09:
				add('\t');
				continue;
			case 0x1e:
				add('-');
				continue;
			case 0x13:
				if (fields.length < FIELD_DEPTH) fields.push({ inst: '', result: false, replaced: false, checked: null });
				continue;
			case 0x14: {
				const f = fields[fields.length - 1];
				if (f && !f.result) {
					f.result = true;
					fieldInstruction(f);
				}
				continue;
			}
			case 0x15: {
				const f = fields.pop();
				if (f && !f.result) fieldInstruction(f);
				continue;
			}
		}
		if (c < 0x20 || c === 0x1f) {
			// Objects, pictures, note marks; a form field's data sits on one of them in its instruction.
			const f = fields[fields.length - 1];
			if (f && !f.result && fcs[k] !== NO_FC) {
				const at = propsAt(d, fcs[k]).fieldData;
				if (at !== null) f.checked = checkBoxState(d.data, at);
			}
			continue;
		}
		const props = propsAt(d, fcs[k]);
		if (props.symbol) {
			add(symbolText(d.fonts[props.symbol.font] ?? 'Symbol', String.fromCharCode(props.symbol.char)));
			continue;
		}
		if (props.font !== null && isSymbol(d, props.font)) add(symbolText(d.fonts[props.font], String.fromCharCode(raw[k])));
		else add(String.fromCharCode(c));
	}
	if (line.trim() !== '' || boxLines.length) endParagraph(table.rowOpen ? 0x07 : 0x0d, NO_FC);
	closeTable();
	return blocks;

	/** A SYMBOL or FORMCHECKBOX field shows its symbol or box itself; other fields show their result. */
	function fieldInstruction(f: Field): void {
		const symbol = /^\s*SYMBOL\s+(0x[\da-f]+|\d+)/i.exec(f.inst);
		f.result = true;
		if (symbol) {
			const code = Number(symbol[1]);
			const font = /\\f\s+"([^"]*)"|\\f\s+(\S+)/.exec(f.inst);
			f.replaced = false;
			if (code > 0 && code <= 0xffff) add(symbolText(font ? (font[1] ?? font[2]) : 'Symbol', String.fromCharCode(code)));
			f.replaced = true;
		} else if (/^\s*FORMCHECKBOX\b/i.test(f.inst)) {
			f.replaced = false;
			add(f.checked ? CHECKED : UNCHECKED);
			f.replaced = true;
		}
	}
}
