/**
 * A form written as paragraphs, with no table: the title and `填报单位：…` lines,
 * then the items as numbered paragraphs (`一、学习教育`, `1.中心组学习：学习（3）次，参与（45）人次`,
 * `2. 开展应急演练（3）场，参演（120）人次`) — a Word document (or a sheet of lines in
 * column A) a unit typed out instead of filling the table. Each item reads as a
 * table form's row: its name (before the colon) and the heading over it as the
 * 活动项目, its text (and the unnumbered lines after it) as the 进展情况 cell.
 * Every fact keeps the paragraph its number was written in.
 */
import type { Cell, Sheet } from '../../read/workbook';
import { cellAddress } from '../../read/workbook';
import type { LedgerEntry } from '../../facts/fact';
import type { FileContext, SheetOutput } from '../context';
import { emptyOutput } from '../context';
import { isFieldCell, isTitleText } from './header';
import { FOOTNOTE } from './table';
import { findCheckboxes } from './checkbox';
import { findSlots } from './slots';
import { hanCount } from './clause-words';
import { sectionLevel, withoutSection } from '../../base/outline-number';
import { headingsOf } from './headings';
import { readFiling, unitFromSheetName } from './filing';
import { parseFiledOn } from '../../facts/year';
import { bothTicked, dispositionOf, firstSentence, readProgressCell, toFact } from './read-cell';
import type { ProgressItem } from './progress';

interface Line {
	row: number;
	text: string;
}

export interface ParagraphItem {
	/** The item's 活动项目 as numbered (`一、学习教育`, `1.启动仪式`, or only its number `1.`); '' for none. */
	activity: string;
	/** What it reports, a line (paragraph) each; none for a heading. */
	lines: Line[];
	/** The row of the paragraph that opened the item. */
	row: number;
}

export interface ParagraphForm {
	/** Title, 填报单位 line and the other lines before the first item, and field lines anywhere (填报人：…). */
	headerRows: number[];
	items: ParagraphItem[];
	footnoteRows: number[];
	/** A sign-off under the items: the unit's name and the date on lines of their own. */
	signed: { unit?: string; date?: string; rows: number[] };
}

/** A line that is only a date (2022年6月24日, 二〇二二年六月二十四日, 2022.6.24). */
const DATE_LINE = /^[\s\u3000]*(?:20\d{2}|二[〇零○]\S{2})[\s\u3000]*[年.\-/][\s\u3000]*\S{1,3}[\s\u3000]*[月.\-/][\s\u3000]*\S{1,3}[\s\u3000]*日?[\s\u3000]*$/;

/** The sign-off among the lines after the last item that reports: a unit's name and a date, each a line of its own. */
function signOff(items: ParagraphItem[]): ParagraphForm['signed'] {
	const signed: ParagraphForm['signed'] = { rows: [] };
	let i = items.length;
	while (i > 0 && items[i - 1].lines.length === 0) i--;
	for (const item of items.slice(i)) {
		const text = item.activity;
		const unit = signed.unit ? '' : unitFromSheetName(text.replace(/[\s\u3000]+/g, ''));
		if (!signed.date && DATE_LINE.test(text) && parseFiledOn(text)) signed.date = text;
		else if (unit !== '') signed.unit = unit;
		else continue;
		signed.rows.push(item.row);
	}
	return signed;
}

/** An item's name before its colon (`1.中心组学习：…`): a few words, no count, no question. */
const NAMED = /^([^：:（(【\[□☐☑√■✔0-9０-９]{2,16})[：:][\s\u3000]*(.+)$/s;

/** A line that reports something: a slot, a box, or a question answered in words. */
const reports = (text: string) => findSlots(text).length > 0 || findCheckboxes(text).length > 0 || /是否/.test(text);

const MAX_LINES = 2000;

/** The sheet's lines: every row's one cell, in column A; null when a row holds more (a table), past the few a header table has. */
function linesOf(sheet: Sheet): { lines: Line[]; fieldRows: number[] } | null {
	const lines: Line[] = [];
	const fieldRows: number[] = [];
	for (let r = 0; r < sheet.rows.length; r++) {
		const row = sheet.rows[r];
		if (!row) continue;
		let first: Cell | undefined;
		let count = 0;
		for (const c of row)
			if (c && c.text.trim() !== '') {
				count++;
				first ??= c;
			}
		if (count === 0 || !first) continue;
		if (count === 1 && first.col === 0) {
			// A column of thousands of lines is a list, no form (and is not read twice to find out).
			if (lines.length >= MAX_LINES) return null;
			lines.push({ row: r, text: first.text.trim() });
		}
		else if (row.some((c) => c && isFieldCell(c.text)) && fieldRows.length < 4) fieldRows.push(r);
		else return null;
	}
	return { lines, fieldRows };
}

/** Reads a sheet of paragraphs as a form's items; null when it holds no table-less form (fewer than two lines that report). */
export function paragraphForm(sheet: Sheet): ParagraphForm | null {
	const found = linesOf(sheet);
	if (!found) return null;
	const { lines, fieldRows } = found;
	const headerRows = [...fieldRows];
	const items: ParagraphItem[] = [];
	const footnoteRows: number[] = [];
	let reporting = 0;
	let inNotes = false;
	for (const line of lines) {
		const { text, row } = line;
		if (inNotes || FOOTNOTE.test(text)) {
			inNotes = true;
			footnoteRows.push(row);
			continue;
		}
		if (isFieldCell(text) || (items.length === 0 && !reports(text) && (isTitleText(text) || sectionLevel(text) < 0))) {
			headerRows.push(row);
			continue;
		}
		const numbered = sectionLevel(text) >= 0;
		const own = reports(text);
		if (own) reporting++;
		const current = items[items.length - 1];
		if (numbered) {
			const rest = withoutSection(text);
			const number = text.slice(0, text.length - rest.length).trim();
			const named = NAMED.exec(rest);
			if (named && !/是否/.test(named[1]) && hanCount(named[1]) >= 2) items.push({ activity: number + named[1].trim(), lines: [{ row, text: named[2] }], row });
			else if (own) items.push({ activity: number, lines: [{ row, text: rest }], row });
			else items.push({ activity: text, lines: [], row });
		} else if (own || (current && current.lines.length > 0 && hanCount(text) > 20)) {
			// An unnumbered line goes on the item before it, as a second line of its cell (or a paragraph of free text).
			if (current && current.lines.length > 0) current.lines.push(line);
			else items.push({ activity: '', lines: [line], row });
		} else items.push({ activity: text, lines: [], row });
	}
	if (reporting < 2) return null;
	const signed = signOff(items);
	return { headerRows, items: items.filter((it) => !signed.rows.includes(it.row)), footnoteRows, signed };
}

/** 0..1: a sheet of paragraphs that is a form (a title or 填报单位 line makes it surer). */
export function paragraphFormScore(sheet: Sheet, form: ParagraphForm): number {
	const header = form.headerRows.some((r) => {
		const t = sheet.rows[r]?.find((c) => c && c.text.trim() !== '')?.text ?? '';
		return isFieldCell(t) || isTitleText(t);
	});
	return header ? 0.6 : 0.5;
}

/**
 * The line each item of a cell was read from: the first line, from the one
 * the item before was on, that holds the item's number (its slot) or answer.
 */
function linesOfItems(items: ProgressItem[], lines: Line[]): number[] {
	const slots = lines.map((l) => findSlots(l.text).map((s) => s.raw.trim()));
	let at = 0;
	return items.map((it) => {
		for (let k = at; k < lines.length; k++) {
			const i = it.kind === 'number' ? slots[k].indexOf(it.raw) : lines[k].text.includes(it.raw) ? 0 : -1;
			if (i < 0) continue;
			if (it.kind === 'number') slots[k].splice(i, 1);
			at = k;
			return k;
		}
		return at;
	});
}

export function readParagraphForm(sheet: Sheet, form: ParagraphForm, ctx: FileContext): SheetOutput {
	const out = emptyOutput();
	const { info, unit, region, year, filedOn } = readFiling(sheet, ctx, form.headerRows, out, form.signed);
	const headings = headingsOf(form.items.map((it) => ({ activity: it.activity, reportsNothing: it.lines.length === 0 })));
	const entries = new Map<number, LedgerEntry>();
	const cellOf = (row: number) => cellAddress(row, 0);
	form.items.forEach((item, i) => {
		if (item.lines.length === 0) {
			entries.set(item.row, { sheet: sheet.name, cell: cellOf(item.row), disposition: 'ignored', reason: 'activity-label' });
			return;
		}
		const own = withoutSection(item.activity).replace(/[\s\u3000]+/g, '');
		const context = (headings[i] ? withoutSection(headings[i]) + ' ' : '') + own;
		const result = readProgressCell(item.lines.map((l) => l.text).join('\n'), context, firstSentence(own), '');
		const lineOf = linesOfItems(result.items, item.lines);
		const facts = result.items.map((it, k) => toFact(it, ctx, { sheet: sheet.name, cell: cellOf(item.lines[lineOf[k]].row), unit, region, year, filedOn }));
		out.facts.push(...facts);
		for (const label of result.ambiguous)
			out.problems.push(bothTicked(label, sheet.name, cellOf(item.row)));
		item.lines.forEach((line, k) => {
			const address = cellOf(line.row);
			entries.set(line.row, dispositionOf(sheet.name, address, facts.filter((_, j) => lineOf[j] === k), result.promptOnly));
		});
	});
	const fieldRows = new Set(info.fieldCells.map((c) => c.row));
	for (const r of form.headerRows) {
		const reason = r === info.titleCell?.row ? 'title' : fieldRows.has(r) ? 'filing-info' : 'preamble';
		entries.set(r, { sheet: sheet.name, cell: cellOf(r), disposition: 'ignored', reason });
	}
	for (const r of form.signed.rows) entries.set(r, { sheet: sheet.name, cell: cellOf(r), disposition: 'ignored', reason: 'filing-info' });
	for (const r of form.footnoteRows) entries.set(r, { sheet: sheet.name, cell: cellOf(r), disposition: 'ignored', reason: 'footnote' });
	for (const row of sheet.rows)
		for (const c of row ?? [])
			if (c && c.text.trim() !== '') {
				const e = entries.get(c.row);
				out.ledger.push(c.col === 0 && e ? e : { sheet: sheet.name, cell: cellAddress(c.row, c.col), disposition: 'ignored', reason: fieldRows.has(c.row) ? 'filing-info' : 'preamble' });
			}
	return out;
}
