/**
 * An RTF document (Word's and WPS's "save as RTF", mail systems' ".doc"
 * attachments, old templates) as the same paragraphs and tables a .docx
 * gives (docx-xml.ts), so a form in RTF is read like any other Word form.
 *
 * Text is what the document shows: `\'hh` bytes decoded in the code page of
 * the font they are in (`\fcharsetN`) or else the document's (`\ansicpgN`:
 * 936 is GBK), `\uN` characters with the `\ucN` fallback skipped, symbol
 * fonts (Wingdings …) as the symbols shown, field results (not codes) except
 * SYMBOL fields and FORMCHECKBOX fields, which become their symbol or ☑/□.
 * Destinations that are not text (font and colour tables, styles, document
 * info, pictures, `\*` groups …) are skipped. Paragraphs marked `\intbl` are
 * table cells (`\cell`, `\row`; a nested table's cells give their lines to
 * the outer cell); the grid comes from the cells' edges (rtf-table.ts).
 * The page header's paragraphs come first (a title is often put there), a
 * text box's paragraphs (`\shptxt`) where it is anchored; footers are skipped.
 */
import type { WordBlock } from './docx-xml';
import { CHECKED, UNCHECKED, isSymbolFont, symbolText } from './word-symbols';
import { RtfTable, type RtfBounds } from './rtf-table';
import { tokenize, type RtfVisitor } from './rtf-tokens';
import { RtfText, codePageLabel, codePageOfCharset } from './rtf-text';

/** Destinations whose text is no part of what the document shows. */
const SKIPPED = new Set(
	('colortbl stylesheet info pict object objdata footnote annotation listtext pntext pntxta pntxtb xe tc txe rxe shprslt nonshppict themedata ' +
		'colorschememapping datastore listtable listoverridetable revtbl rsidtbl generator template fldtype footer footerl footerr footerf ' +
		'ftnsep ftnsepc aftnsep aftnsepc ftncn aftncn do sp sn sv nonesttables latentstyles xmlnstbl mmathPr userprops docvar pgdsctbl upr').split(' ')
);
/** Starred destinations that are read all the same (fields' instructions, form fields, shapes holding text boxes). */
const STARRED_READ = new Set(['fldinst', 'formfield', 'shpinst']);
const TABLE_CONTROLS = new Set(['trowd', 'trleft', 'clvmgf', 'clvmrg', 'clmgf', 'clmrg', 'cellx']);
const HEADERS = new Set(['header', 'headerl', 'headerr', 'headerf']);
/** Control words that are characters. */
const CHARACTERS: Record<string, string> = {
	tab: '\t', emdash: '—', endash: '–', emspace: ' ', enspace: ' ', qmspace: ' ', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
	'~': ' ', _: '-', '\\': '\\', '{': '{', '}': '}'
};

/** The control words the body's reading acts on (the rest is formatting). */
const BODY_WORDS = new Set([
	...Object.keys(CHARACTERS),
	...'ansicpg mac deff f plain uc u line par sect page pard intbl itap cell nestcell row trowd trleft clvmgf clvmrg clmgf clmrg cellx'.split(' ')
]);

type Dest = 'body' | 'skip' | 'fonttbl' | 'fldinst' | 'formfield' | 'header' | 'textbox';

interface Field {
	inst: string;
	/** A form field's type (1: check box), result (1 checked, 0 not, 25 the default) and default. */
	type: number;
	result: number;
	defaultResult: number;
	/** The instruction made the field's shown symbol itself: its result (a copy) is not read again. */
	replacesResult: boolean;
}

interface Group {
	dest: Dest;
	/** True for the group that began its destination (it ends with this group). */
	owner: boolean;
	/** No token read in the group yet (a destination's keyword comes first). */
	first: boolean;
	star: boolean;
	font: number | null;
	uc: number;
	intbl: boolean;
	itap: number;
	field: Field | null;
}

interface Font {
	charset: number | null;
	codePage: number | null;
	name: string;
	/** A symbol font (Wingdings …): its characters are the symbols shown (word-symbols.ts). */
	symbol: boolean;
}

/** Where a finished paragraph goes: the body (or a table cell), the header's lines, a text box's lines. */
interface Sink {
	kind: 'body' | 'header' | 'textbox';
	lines: string[];
	/** The paragraph that was being written when this sink began (a text box sits inside one). */
	saved: RtfText;
}

export type { RtfBounds };

export function rtfBlocks(bytes: Uint8Array, bounds: RtfBounds): WordBlock[] {
	const blocks: WordBlock[] = [];
	const header: string[] = [];
	const headerSeen = new Set<string>();
	const fonts = new Map<number, Font>();
	let ansiCodePage = 1252;
	let defaultFont: number | null = null;
	let fontEntry: { id: number | null; font: Font; name: number[] } | null = null;

	const root: Group = { dest: 'body', owner: true, first: true, star: false, font: null, uc: 1, intbl: false, itap: 0, field: null };
	const groups: Group[] = [];
	let g = root;
	let text = new RtfText();
	const sinks: Sink[] = [];
	/** Characters still to skip after a \uN (its fallback). */
	let skip = 0;

	const table = new RtfTable(bounds);

	/** The code page text in each font is written in, as codePage() last worked it out (cleared when \ansicpg changes). */
	const pages = new Map<number | null, string>();
	const codePage = (): string => {
		let page = pages.get(g.font);
		if (page === undefined) {
			const font = g.font === null ? undefined : fonts.get(g.font);
			if (font?.symbol) page = 'symbol:' + font.name;
			else page = codePageLabel(font?.codePage ?? codePageOfCharset(font?.charset ?? null) ?? ansiCodePage);
			pages.set(g.font, page);
		}
		return page;
	};
	const inTable = () => g.intbl || g.itap > 0;
	const sink = () => sinks[sinks.length - 1];

	const closeTable = () => {
		const rows = table.close();
		if (rows) blocks.push({ kind: 'table', rows });
	};
	/** Ends the paragraph being written, sending its text where it belongs. */
	const endParagraph = (kind: 'par' | 'cell' | 'nested') => {
		const line = text.take();
		const s = sink();
		if (s) {
			s.lines.push(line);
			return;
		}
		// A row begun and not ended is a table's too (some writers leave out \intbl).
		if (kind !== 'par' || inTable() || table.rowOpen) {
			table.line(line);
			if (kind === 'cell') table.endCell();
			return;
		}
		closeTable();
		blocks.push({ kind: 'paragraph', text: line });
	};
	const emit = (s: string) => {
		if (g.dest === 'fldinst' && g.field) {
			if (g.field.inst.length < 4096) g.field.inst += s;
		}
		else if (g.dest === 'body' || g.dest === 'header' || g.dest === 'textbox') text.add(s);
	};
	const emitBytes = (from: Uint8Array, start: number, end: number) => {
		if (g.dest === 'fonttbl') {
			for (let i = start; i < end; i++) fontNameByte(from[i]);
			return;
		}
		if (g.dest === 'fldinst' && g.field) {
			for (let i = start; i < end && g.field.inst.length < 4096; i++) g.field.inst += String.fromCharCode(from[i]);
			return;
		}
		if (g.dest !== 'body' && g.dest !== 'header' && g.dest !== 'textbox') return;
		text.addBytes(from, start, end, codePage());
	};
	const fontNameByte = (b: number) => {
		if (!fontEntry) return;
		if (b === 0x3b /* ; */) {
			const name = String.fromCharCode(...fontEntry.name).trim();
			if (fontEntry.id !== null) fonts.set(fontEntry.id, { ...fontEntry.font, name, symbol: isSymbolFont(name) });
			pages.clear();
			fontEntry = null;
		} else if (fontEntry.name.length < 256) fontEntry.name.push(b);
	};

	const beginDestination = (dest: Dest) => {
		g.dest = dest;
		g.owner = true;
		if (dest === 'header' || dest === 'textbox') {
			sinks.push({ kind: dest, lines: [], saved: text });
			text = new RtfText();
		}
	};
	const endDestination = (ended: Group) => {
		if (ended.dest === 'header' || ended.dest === 'textbox') {
			const line = text.take();
			const s = sinks.pop()!;
			if (line.trim() !== '') s.lines.push(line);
			text = s.saved;
			if (s.kind === 'header') {
				for (const l of s.lines)
					if (l.trim() !== '' && !headerSeen.has(l)) {
						headerSeen.add(l);
						header.push(l);
					}
			}
			else for (const l of s.lines) if (l.trim() !== '') placeTextBoxLine(l);
		} else if (ended.dest === 'fldinst' && ended.field) fieldInstruction(ended.field);
		else if (ended.dest === 'fonttbl' && fontEntry) fontNameByte(0x3b);
	};
	/** A text box's paragraph: a line of the cell it is anchored in, else a paragraph before its anchor's. */
	const placeTextBoxLine = (l: string) => {
		const s = sink();
		if (s) s.lines.push(l);
		else if (inTable()) table.line(l);
		else {
			closeTable();
			blocks.push({ kind: 'paragraph', text: l });
		}
	};
	const fieldInstruction = (f: Field) => {
		const symbol = /^\s*SYMBOL\s+(0x[\da-f]+|\d+)/i.exec(f.inst);
		if (symbol) {
			const code = Number(symbol[1]);
			const font = /\\f\s+"([^"]*)"|\\f\s+(\S+)/.exec(f.inst);
			const fontName = font ? (font[1] ?? font[2]) : 'Symbol';
			if (code > 0 && code <= 0xffff) text.add(symbolText(fontName, String.fromCharCode(code)));
			f.replacesResult = true;
		} else if (/^\s*FORMCHECKBOX\b/i.test(f.inst) || f.type === 1) {
			const checked = f.result === 1 || (f.result !== 0 && f.defaultResult === 1);
			text.add(checked ? CHECKED : UNCHECKED);
			f.replacesResult = true;
		}
	};

	const visitor: RtfVisitor = {
		open() {
			skip = 0;
			groups.push(g);
			g = { dest: g.dest, owner: false, first: true, star: false, font: g.font, uc: g.uc, intbl: g.intbl, itap: g.itap, field: g.field };
		},
		close() {
			skip = 0;
			const ended = g;
			g = groups.pop() ?? root;
			if (ended.owner) endDestination(ended);
		},
		control(name, param) {
			const first = g.first;
			g.first = false;
			if (name === '*') {
				g.star = first || g.star;
				g.first = first;
				return;
			}
			if (g.dest === 'skip') return;
			if (skip > 0) {
				skip--;
				return;
			}
			if (first && destination(name, g.star)) return;
			if (g.dest === 'fonttbl') return fontControl(name, param);
			if (g.dest === 'formfield') {
				if (g.field && name === 'fftype') g.field.type = param ?? 0;
				if (g.field && name === 'ffres') g.field.result = param ?? 25;
				if (g.field && name === 'ffdefres') g.field.defaultResult = param ?? 0;
				return;
			}
			if (g.dest === 'fldinst') {
				// An instruction's text only: its characters and escapes, no paragraph or table marks.
				if (CHARACTERS[name] !== undefined) emit(CHARACTERS[name]);
				else if (name === 'u' && param !== null) emit(String.fromCharCode(param < 0 ? param + 65536 : param));
				return;
			}
			bodyControl(name, param);
		},
		byte(b) {
			g.first = false;
			if (g.dest === 'skip') return;
			if (skip > 0) {
				skip--;
				return;
			}
			if (g.dest === 'body' || g.dest === 'header' || g.dest === 'textbox') text.addByte(b, codePage());
			else emitBytes(Uint8Array.of(b), 0, 1);
		},
		text(bytes, start, end) {
			g.first = false;
			if (g.dest === 'skip') return;
			if (skip > 0) {
				const n = Math.min(skip, end - start);
				skip -= n;
				start += n;
				if (start >= end) return;
			}
			emitBytes(bytes, start, end);
		}
	};

	/** A destination's keyword at the start of a group: sets what the group's text is. True when it was one. */
	function destination(name: string, starred: boolean): boolean {
		if (name === 'fonttbl') beginDestination('fonttbl');
		else if (HEADERS.has(name)) beginDestination(g.dest === 'body' ? 'header' : 'skip');
		else if (name === 'shptxt') beginDestination(g.dest === 'body' || g.dest === 'header' ? 'textbox' : 'skip');
		else if (name === 'fldinst') beginDestination(g.field ? 'fldinst' : 'skip'); else if (name === 'fldrslt') {
			if (g.field?.replacesResult) beginDestination('skip');
			else return true;
		} else if (name === 'formfield') {
			beginDestination(g.field ? 'formfield' : 'skip');
		} else if (name === 'field') {
			g.field = { inst: '', type: 0, result: 25, defaultResult: 0, replacesResult: false };
			g.owner = true;
			return true;
		} else if (STARRED_READ.has(name)) return true;
		else if (SKIPPED.has(name) || starred) beginDestination('skip');
		else return false;
		return true;
	}

	function fontControl(name: string, param: number | null): void {
		if (name === 'f') fontEntry = { id: param, font: { charset: null, codePage: null, name: '', symbol: false }, name: [] };
		else if (fontEntry && name === 'fcharset') fontEntry.font.charset = param;
		else if (fontEntry && name === 'cpg') fontEntry.font.codePage = param;
	}

	function bodyControl(name: string, param: number | null): void {
		if (!BODY_WORDS.has(name)) return; // formatting: most of what a writer puts in
		const character = CHARACTERS[name];
		if (character !== undefined) return emit(character);
		if (sink() && TABLE_CONTROLS.has(name)) return; // a header's or text box's table: its cells are lines
		switch (name) {
			case 'ansicpg':
				if (param !== null && param > 0) ansiCodePage = param;
				pages.clear();
				return;
			case 'mac':
				ansiCodePage = 10000;
				pages.clear();
				return;
			case 'deff':
				defaultFont = param;
				return;
			case 'f':
				g.font = param;
				return;
			case 'plain':
				g.font = defaultFont;
				return;
			case 'uc':
				g.uc = Math.max(0, Math.min(param ?? 1, 16));
				return;
			case 'u': {
				if (param === null) return;
				const code = param < 0 ? param + 65536 : param;
				const font = g.font === null ? undefined : fonts.get(g.font);
				const ch = String.fromCharCode(code);
				emit(font?.symbol ? symbolText(font.name, ch) : ch);
				skip = g.uc;
				return;
			}
			case 'line':
				return emit('\n');
			case 'par':
			case 'sect':
			case 'page':
				return endParagraph('par');
			case 'pard':
				g.intbl = false;
				g.itap = 0;
				return;
			case 'intbl':
				g.intbl = param !== 0;
				return;
			case 'itap':
				g.itap = Math.max(0, param ?? 1);
				return;
			case 'cell':
				return endParagraph('cell');
			case 'nestcell':
				return endParagraph('nested');
			case 'row':
				if (!sink()) table.endRow();
				return;
			case 'trowd':
			case 'trleft':
			case 'clvmgf':
			case 'clvmrg':
			case 'clmgf':
			case 'clmrg':
			case 'cellx':
				return table.define(name, param);
		}
	}

	tokenize(bytes, visitor);
	endParagraphAtEnd();
	closeTable();
	if (header.length) blocks.unshift(...header.map((t): WordBlock => ({ kind: 'paragraph', text: t, header: true })));
	return blocks;

	/** The last paragraph, when the document does not end it with \par. */
	function endParagraphAtEnd(): void {
		g = root;
		while (sinks.length) endDestination({ ...root, dest: sinks[sinks.length - 1].kind });
		if (!text.empty()) endParagraph(table.rowOpen ? 'nested' : 'par');
	}
}
