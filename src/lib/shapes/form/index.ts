/**
 * Shape A: a filled-in statistics form — one unit, one filing. Title, the
 * 填报单位 line, then 活动项目 | 内容要求 | 进展情况 rows whose 进展情况 cells
 * hold the template sentences with the numbers written in.
 */
import type { Cell, Sheet } from '../../read/workbook';
import { cellAddress, cellAt, cellsOf, textAt } from '../../read/workbook';
import { headingsOf } from './headings';
import { withoutSection } from '../../base/outline-number';
import type { LedgerEntry } from '../../facts/fact';
import { problem } from '../../base/problem';
import type { FileContext, Look, SheetOutput } from '../context';
import { emptyOutput } from '../context';
import { isFieldCell, isTitleText } from './header';
import { findTable, type FormTable } from './table';
import { stackedForms } from './stacked';
import { findCheckboxes } from './checkbox';
import { hasSlot } from './slots';
import { readFiling } from './filing';
import { bothTicked, dispositionOf, firstSentence, readProgressCell, toFact } from './read-cell';
import { paragraphForm, paragraphFormScore, readParagraphForm } from './paragraphs';

export { findTable } from './table';
export { readHeader } from './header';
export { readProgress } from './progress';
export { unitFromFileName, unitFromSheetName } from './filing';

/** The highest score a form can have. */
export const FORM_MAX_SCORE = 1;

/** A sheet as a filled-in form: under its 活动项目 | 进展情况 header, or typed out as paragraphs; null when neither. */
export function lookAtForm(sheet: Sheet): Look | null {
	const table = findTable(sheet);
	if (table) return { score: tableScore(sheet, table), read: (ctx) => readStacked(sheet, table, ctx) };
	const paragraphs = paragraphForm(sheet);
	if (paragraphs) return { score: paragraphFormScore(sheet, paragraphs), read: (ctx) => readParagraphForm(sheet, paragraphs, ctx) };
	return null;
}

/** Each form of a sheet that holds several units' forms one under the other (stacked.ts), else the one form. */
function readStacked(sheet: Sheet, table: FormTable, ctx: FileContext): SheetOutput {
	const forms = stackedForms(sheet, table);
	if (!forms) return readFormTable(sheet, table, ctx);
	const all = emptyOutput();
	for (const part of forms) {
		const own = findTable(part, 30, part.rows.findIndex((row) => !!row?.some(Boolean)));
		if (!own) continue;
		const out = readFormTable(part, own, ctx);
		for (const k of ['facts', 'ledger', 'problems', 'filings'] as const) (all[k] as unknown[]).push(...out[k]);
	}
	return all;
}

/** 0..1: how much a sheet looks like a filled-in form. */
export function formScore(sheet: Sheet): number {
	return lookAtForm(sheet)?.score ?? 0;
}

/** Reads a sheet as a filled-in form (a sheet that is none is one warning, its cells ignored). */
export function readFormSheet(sheet: Sheet, ctx: FileContext): SheetOutput {
	const look = lookAtForm(sheet);
	if (look) return look.read(ctx);
	const out = emptyOutput();
	out.problems.push(problem('warning', 'form.no-table', '未找到“活动项目 | 内容要求 | 进展情况”表头，未读取此表。', 'No 活动项目 | 内容要求 | 进展情况 header found; the sheet was not read.', { sheet: sheet.name }));
	for (const c of cellsOf(sheet)) out.ledger.push({ sheet: sheet.name, cell: cellAddress(c.row, c.col), disposition: 'ignored', reason: 'no-table' });
	return out;
}

function tableScore(sheet: Sheet, table: FormTable): number {
	let score = 0.55;
	if (table.activityCols.length > 0) score += 0.15;
	if (table.requirementCol !== null) score += 0.1;
	const top = [...cellsOf(sheet)].filter((c) => c.row < table.headerRow);
	if (top.some((c) => isFieldCell(c.text) || /填报单位/.test(c.text))) score += 0.1;
	if (top.some((c) => isTitleText(c.text))) score += 0.05;
	let filled = 0;
	for (let r = table.firstRow; r <= table.lastRow; r++)
		for (const col of table.progressCols) {
			const t = textAt(sheet, r, col);
			if (t && (hasSlot(t) || findCheckboxes(t).length > 0 || /条目式/.test(t))) filled++;
		}
	if (filled > 0) score += 0.05;
	// A wide table with a 完成情况 column has many header cells; a form has three or four.
	const headerCells = (sheet.rows[table.headerRow] ?? []).filter((c) => c && c.text.trim() !== '').length;
	if (headerCells > 6) score *= 0.5;
	return Math.min(1, score);
}

/** The row's 活动项目 words as the matcher reads them, its first sentence, and the text as numbered (一、学习教育). */
function activityOf(sheet: Sheet, table: FormTable, r: number): { context: string; rowLabel: string; numbered: string } {
	const texts: string[] = [];
	for (const c of table.activityCols) {
		const t = textAt(sheet, r, c, true).replace(/\s+/g, '');
		if (t && !texts.includes(t)) texts.push(t);
	}
	// 一、学习教育: the section number is the form's numbering, not words naming the activity.
	const words = texts.map(withoutSection);
	return { context: words.join(' '), rowLabel: firstSentence(words[words.length - 1] ?? ''), numbered: texts.join(' ') };
}

function readFormTable(sheet: Sheet, table: FormTable, ctx: FileContext): SheetOutput {
	const out = emptyOutput();
	const headerRows = [...Array(table.headerRow).keys(), ...table.trailerRows];
	const { info, unit, region, year, filedOn } = readFiling(sheet, ctx, headerRows, out);

	const progressDisposition = new Map<string, LedgerEntry>();
	const activities: ReturnType<typeof activityOf>[] = [];
	for (let r = table.firstRow; r <= table.lastRow; r++) activities.push(activityOf(sheet, table, r));
	const headings = headingsOf(
		activities.map((a, i) => ({ activity: a.numbered, reportsNothing: table.progressCols.every((col) => (cellAt(sheet, table.firstRow + i, col)?.text.trim() ?? '') === '') }))
	);
	for (let r = table.firstRow; r <= table.lastRow; r++) {
		const { rowLabel, context: own } = activities[r - table.firstRow];
		const heading = headings[r - table.firstRow];
		const context = (heading ? withoutSection(heading) + ' ' : '') + own;
		for (const col of table.progressCols) {
			const cell = cellAt(sheet, r, col);
			if (!cell || cell.text.trim() === '') continue;
			const address = cellAddress(r, col);
			const result = readProgressCell(cell.text, context, rowLabel, table.requirementCol === null ? '' : textAt(sheet, r, table.requirementCol, true));
			const facts = result.items.map((it) => toFact(it, ctx, { sheet: sheet.name, cell: address, unit, region, year, filedOn }));
			out.facts.push(...facts);
			for (const label of result.ambiguous) out.problems.push(bothTicked(label, sheet.name, address));
			progressDisposition.set(address, dispositionOf(sheet.name, address, facts, result.promptOnly));
		}
	}

	const footnotes = new Set(table.footnoteRows);
	const trailers = new Set(table.trailerRows);
	const fieldCells = new Set<Cell>(info.fieldCells);
	for (const c of cellsOf(sheet)) {
		const address = cellAddress(c.row, c.col);
		const entry = (reason: string): LedgerEntry => ({ sheet: sheet.name, cell: address, disposition: 'ignored', reason });
		let e: LedgerEntry;
		if (c.row < table.headerRow) {
			if (c === info.titleCell) e = entry('title');
			else if (fieldCells.has(c)) e = entry('filing-info');
			else if (/^附件\s*\d*[:：]?$/.test(c.text.trim())) e = entry('attachment-label');
			else e = entry('preamble');
		} else if (c.row <= table.headerEnd) e = entry('header');
		else if (footnotes.has(c.row)) e = entry('footnote');
		else if (trailers.has(c.row)) e = entry('filing-info');
		else if (table.progressCols.includes(c.col)) e = progressDisposition.get(address) ?? entry('empty-slots');
		else if (table.activityCols.includes(c.col)) e = entry('activity-label');
		else if (c.col === table.requirementCol) e = entry('requirement');
		else if (c.col === table.rowNumberCol) e = entry('row-number');
		else e = entry('other-column');
		out.ledger.push(e);
	}
	return out;
}

