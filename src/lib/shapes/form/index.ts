/**
 * Shape A: a filled-in statistics form — one unit, one filing. Title, the
 * 填报单位 line, then 活动项目 | 内容要求 | 进展情况 rows whose 进展情况 cells
 * hold the template sentences with the numbers written in.
 */
import type { Cell, Sheet } from '../../read/workbook';
import { cellAddress, cellAt, cellsOf, textAt } from '../../read/workbook';
import { headingsOf } from './headings';
import { withoutSection } from './section-number';
import type { Fact, LedgerEntry } from '../../facts/fact';
import { problem } from '../../base/problem';
import { normalizeUnit } from '../../facts/unit';
import { regionFromFileName, regionFromUnitName } from '../../facts/region';
import { parseFiledOn, yearFromText, yearOfDate } from '../../facts/year';
import type { FileContext, SheetOutput } from '../context';
import { emptyOutput } from '../context';
import { makeFact, type FactOrigin } from '../make-fact';
import { isFieldCell, isTitleText, readHeader } from './header';
import { findTable, type FormTable } from './table';
import { isCapability, readProgress, type ProgressItem, type ProgressResult } from './progress';
import { matchMetric } from '../../schema/match';
import { findCheckboxes } from './checkbox';
import { emptied, findSlots, hasSlot, trimLabel } from './slots';
import { parseNumber } from '../numbers';

export { findTable } from './table';
export { readHeader } from './header';
export { readProgress } from './progress';

/** 0..1: how much a sheet looks like a filled-in form. */
export function formScore(sheet: Sheet): number {
	const table = findTable(sheet);
	if (!table) return 0;
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

/** A unit name from a file name when the form names none: `附件2-五顷塬乡统计表（6月8日）.xlsx` → 五顷塬乡. */
export function unitFromFileName(file: string): string {
	return unitFromName(file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
}

/** Ends like a unit or a place (镇, 街道, 县, 局, 中心, 公司 …). */
const UNIT_ENDING = /(?:省|市|县|区|旗|盟|州|乡|镇|街道|办事处|村|社区|政府|委员会|局|委|办|厅|处|科|站|所|队|中心|公司|集团|院|校|厂|矿|部)$/;

/**
 * The unit a sheet's name gives (`山河镇`, `榆林子镇（6月24日）`), or '' for a
 * name that is not a unit (`Sheet1`, `附件3`, `6月24日`, `2021年`, `全市汇总`).
 */
export function unitFromSheetName(name: string): string {
	const unit = unitFromName(name);
	const generic = /^[全各本]|^(?:乡镇|县区|区县|市县|镇街|街镇)$/.test(unit); // 全市, 各乡镇: not one unit
	return /^[\u4e00-\u9fa5]{2,}$/.test(unit) && UNIT_ENDING.test(unit) && !generic ? unit : '';
}

/**
 * Whether a workbook's forms are one per unit, each named on its tab: several
 * tabs that each name a unit, and different ones (城管局统计表（6月8日） and
 * （6月24日） name the issuing office twice: two filings of the file's unit).
 */
function unitsOnTabs(formSheetNames: string[]): boolean {
	if (formSheetNames.length < 2) return false;
	const units = formSheetNames.map(unitFromSheetName);
	return units.every((u) => u !== '') && new Set(units).size === units.length;
}

/** The longest part of a name left once 附件N, years, dates, bracketed notes and form words are gone. */
function unitFromName(base: string): string {
	const cleaned = base
		.replace(/附件\s*\d*/g, ' ')
		.replace(/[（(][^）)]*[)）]/g, ' ')
		.replace(/20\d{2}\s*年?(度)?/g, ' ')
		.replace(/\d{1,2}\s*月\s*\d{1,2}\s*日?/g, ' ')
		.replace(/[“”"]/g, '')
		.replace(/安全生产月|安全月|活动|进展情况|情况|统计表|汇总表|报表|明细|统计|汇总|填报|表/g, ' ');
	const parts = cleaned.split(/[\s\-—_－·.]+/).filter((p) => p !== '' && !/^\d+$/.test(p));
	return normalizeUnit(parts.sort((a, b) => b.length - a.length)[0] ?? '');
}

/** Whether a row's label names one of the 六个能力 (free-text metrics). */
function namesCapability(label: string, context: string): boolean {
	const m = label ? matchMetric(label, context, { families: ['T'] }) : null;
	return m !== null && isCapability(m.metricId);
}

/** The first sentence of an 活动项目 cell (提升思想认识能力。深入学习… → 提升思想认识能力). */
function firstSentence(s: string): string {
	return s.split(/[。\n]/).map((x) => x.trim()).find((x) => x !== '') ?? '';
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

export function readFormSheet(sheet: Sheet, ctx: FileContext): SheetOutput {
	const out = emptyOutput();
	const table = findTable(sheet);
	if (!table) {
		out.problems.push(problem('warning', 'form.no-table', '未找到“活动项目 | 内容要求 | 进展情况”表头，未读取此表。', 'No 活动项目 | 内容要求 | 进展情况 header found; the sheet was not read.', { sheet: sheet.name }));
		for (const c of cellsOf(sheet)) out.ledger.push({ sheet: sheet.name, cell: cellAddress(c.row, c.col), disposition: 'ignored', reason: 'no-table' });
		return out;
	}

	const headerRows = [...Array(table.headerRow).keys(), ...table.trailerRows];
	const info = readHeader(sheet, headerRows);
	let unit = normalizeUnit(info.unit);
	if (!unit) {
		// A workbook of one form per unit names each unit on its sheet tab; the file then names their region.
		const fromSheet = unitsOnTabs(ctx.formSheetNames ?? []) ? unitFromSheetName(sheet.name) : '';
		unit = fromSheet || unitFromFileName(ctx.file);
		const [zh, en] = fromSheet ? ['工作表名', 'sheet name'] : ['文件名', 'file name'];
		out.problems.push(
			problem(
				'warning',
				'form.no-unit',
				`表中没有填写“填报单位”，单位名称取自${zh}：${unit || '（无）'}。`,
				`The form names no 填报单位; the unit was taken from the ${en}: ${unit || '(none)'}.`,
				{ sheet: sheet.name }
			)
		);
	}
	const year = ctx.year ?? info.titleYear ?? info.year ?? yearOfDate(info.filedOn) ?? yearFromText(sheet.name) ?? yearFromText(ctx.file);
	const region = ctx.region ?? (regionFromUnitName(unit) || regionFromFileName(ctx.file) || '');
	// 6月24日 without a year: the form's year dates it, so the final filing still wins over the interim one.
	const filedOn = info.filedOn ?? (info.filedMonthDay && year ? parseFiledOn(info.filedMonthDay, year) : null);
	out.filings.push({ unit, region, year, filedOn, sheet: sheet.name, ...(info.contact && { contact: info.contact }), ...(info.phone && { phone: info.phone }) });

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
			for (const label of result.ambiguous)
				out.problems.push(
					problem('warning', 'form.checkbox-both', `“是”和“否”都被勾选，未读取：${label}`, `Both 是 and 否 are ticked; not read: ${label}`, { sheet: sheet.name, cell: address })
				);
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

/**
 * A 进展情况 cell as read, and when it holds nothing but a number (350, the
 * template sentence left out): the number the requirement's one slot asks for,
 * or, when the requirement has several slots, the number kept under the
 * requirement's words (unmapped) rather than called empty.
 */
function readProgressCell(text: string, context: string, rowLabel: string, requirement: string): ProgressResult {
	// 六个能力 | 提升思想认识能力。…: the requirement names which capability a free-text row answers.
	const asked = firstSentence(requirement.replace(/[\s\u3000]+/g, ''));
	const rowName = !namesCapability(rowLabel, context) && namesCapability(asked, context) ? asked : rowLabel;
	const result = readProgress(text, context, rowName);
	if (result.items.length > 0 || result.ambiguous.length > 0 || result.promptOnly) return result;
	const raw = text.trim();
	const n = parseNumber(raw);
	if (!n) return result;
	const slots = findSlots(requirement).filter((s) => s.kind !== 'text');
	if (slots.length === 1) {
		const filled = readProgress(requirement.slice(0, slots[0].start) + `（${raw}）` + requirement.slice(slots[0].end), context, rowLabel);
		const items = filled.items.filter((it) => it.kind === 'number');
		if (items.length === 1) return { ...filled, items: [{ ...items[0], raw }] };
	}
	// 无 for a row of several slots says nothing about which one: it stays as it was (empty).
	if (!/[0-9０-９]/.test(raw)) return result;
	const label = trimLabel(emptied(requirement, slots)) || rowLabel || context;
	return { ...result, items: [{ kind: 'number', label, raw, value: n.value, approx: n.approx, match: null }] };
}

function dispositionOf(sheet: string, cell: string, facts: Fact[], promptOnly: boolean): LedgerEntry {
	if (facts.some((f) => f.status === 'ok' && f.text === null)) return { sheet, cell, disposition: 'fact' };
	if (facts.some((f) => f.status === 'ok')) return { sheet, cell, disposition: 'text' };
	if (facts.length > 0) return { sheet, cell, disposition: 'unmapped' };
	return { sheet, cell, disposition: 'ignored', reason: promptOnly ? 'empty-prompt' : 'empty-slots' };
}

function toFact(it: ProgressItem, ctx: FileContext, at: FactOrigin): Fact {
	switch (it.kind) {
		case 'number':
			return makeFact(ctx, at, it.match, it.label, it.raw, { value: it.value, approx: it.approx, text: null });
		case 'flag':
			return makeFact(ctx, at, it.match, it.label, it.raw, { value: it.value, approx: false, text: null }, 'F');
		case 'text':
			return makeFact(ctx, at, it.match, it.label, it.raw, { value: null, approx: false, text: it.text }, 'T');
	}
}
