/**
 * An HTML document saved under a Word name (web systems export ".doc" files
 * that are HTML; Word saves "web pages" too) as the same paragraphs and
 * tables a .docx gives (docx-xml.ts): its paragraphs, headings and list
 * items as paragraphs; its tables with rowspan as merges down and colspan as
 * spans. Text in a symbol font (Word's own HTML writes its check boxes as
 * `<span style="font-family:Wingdings">þ</span>`) becomes the symbols shown.
 */
import type { WordBlock, WordCell, WordRow } from './docx-xml';
import { isSymbolFont, symbolText } from './word-symbols';

const NAMED: Record<string, string> = { nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", middot: '·', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', times: '×' };

function decode(s: string): string {
	return s.replace(/&(#x[\da-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
		if (e[0] !== '#') return NAMED[e] ?? m;
		const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
	});
}

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'td', 'th', 'table', 'caption', 'body', 'blockquote', 'pre']);

interface HtmlCell {
	lines: string[];
	colspan: number;
	rowspan: number;
}

/** Rows of cells with rowspans → rows on the grid, a covered position written as a cell continuing the merge above. */
function gridRows(rows: HtmlCell[][]): WordRow[] {
	const pending = new Map<number, { left: number; span: number }>();
	return rows.map((cells) => {
		const out: WordCell[] = [];
		let c = 0;
		const covered = () => {
			for (let p = pending.get(c); p && p.left > 0; p = pending.get(c)) {
				out.push({ text: '', span: p.span, vMerge: 'continue' });
				if (--p.left === 0) pending.delete(c);
				c += p.span;
			}
		};
		for (const cell of cells) {
			covered();
			out.push({ text: cell.lines.join('\n'), span: cell.colspan, vMerge: cell.rowspan > 1 ? 'restart' : null });
			if (cell.rowspan > 1) pending.set(c, { left: cell.rowspan - 1, span: cell.colspan });
			c += cell.colspan;
		}
		for (const at of [...pending.keys()].sort((a, b) => a - b))
			if (at >= c) {
				while (c < at) {
					out.push({ text: '', span: 1, vMerge: null });
					c++;
				}
				covered();
			}
		return { before: 0, cells: out };
	});
}

const attrNumber = (attrs: string, name: string) => {
	const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
	return m ? Math.max(1, Math.min(16_384, parseInt(m[1], 10))) : 1;
};

/** The font a span or font tag sets, when it is a symbol font. */
function symbolFontOf(attrs: string): string | null {
	const m = /font-family\s*:\s*["']?([^"';,]+)/i.exec(attrs) ?? /\bface\s*=\s*["']?([^"',>]+)/i.exec(attrs);
	return m && isSymbolFont(m[1]) ? m[1].trim() : null;
}

/** The document's paragraphs and tables in order (a table inside a cell gives its lines to the cell). */
export function htmlBlocks(html: string): WordBlock[] {
	const source = html.replace(/<!--[\s\S]*?-->|<(script|style|head|xml|title)\b[\s\S]*?<\/\1\s*>/gi, '');
	const blocks: WordBlock[] = [];
	const tables: { rows: HtmlCell[][]; cell: HtmlCell | null }[] = [];
	const fonts: (string | null)[] = [];
	let line = '';
	const flush = () => {
		const text = line.replace(/[ \t\r\n]+/g, ' ').trim();
		line = '';
		const cell = tables[0]?.cell;
		if (cell) {
			if (text !== '') cell.lines.push(text);
		}
		else if (tables.length === 0 && text !== '') blocks.push({ kind: 'paragraph', text });
	};
	const TAG = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/g;
	let last = 0;
	for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
		const raw = decode(source.slice(last, m.index).replace(/[ \t\r\n]+/g, ' '));
		let font: string | null = null;
		for (let i = fonts.length - 1; i >= 0 && !font; i--) font = fonts[i];
		line += font ? symbolText(font, raw) : raw;
		last = TAG.lastIndex;
		const closing = m[1] === '/';
		const name = m[2].toLowerCase();
		if (name === 'span' || name === 'font') {
			if (closing) fonts.pop();
			else if (!m[3].trimEnd().endsWith('/')) fonts.push(symbolFontOf(m[3]));
			continue;
		}
		if (name === 'br') {
			if (tables[0]?.cell) flush();
			else line += '\n';
			continue;
		}
		if (!BLOCK.has(name)) continue;
		flush();
		if (name === 'table') {
			if (closing) {
				const t = tables.pop();
				if (t && tables.length === 0) blocks.push({ kind: 'table', rows: gridRows(t.rows) });
			} else tables.push({ rows: [], cell: null });
		} else if (tables.length === 1) {
			const t = tables[0];
			if (name === 'tr' && !closing) t.rows.push([]);
			else if ((name === 'td' || name === 'th') && !closing) {
				t.cell = { lines: [], colspan: attrNumber(m[3], 'colspan'), rowspan: attrNumber(m[3], 'rowspan') };
				(t.rows[t.rows.length - 1] ?? (t.rows[0] = [])).push(t.cell);
			} else if ((name === 'td' || name === 'th') && closing) t.cell = null;
		}
	}
	line += decode(source.slice(last));
	flush();
	while (tables.length) {
		const t = tables.pop()!;
		if (tables.length === 0) blocks.push({ kind: 'table', rows: gridRows(t.rows) });
	}
	return blocks;
}
