/**
 * One 进展情况 cell (or a paragraph form's item) → facts: the cell read by
 * progress.ts, a cell holding a bare number read against its requirement,
 * and the ledger entry the cell gets.
 */
import type { Fact, LedgerEntry } from '../../facts/fact';
import type { FileContext } from '../context';
import { makeFact, type FactOrigin } from '../make-fact';
import { isCapability, readProgress, type ProgressItem, type ProgressResult } from './progress';
import { matchMetric } from '../../schema/match';
import { findSlots } from './slots';
import { emptied, trimLabel } from './clause-words';
import { parseNumber } from '../numbers';
import { problem, type Problem } from '../../base/problem';

/** Both 是 and 否 ticked: reported, not read. */
export function bothTicked(label: string, sheet: string, cell: string): Problem {
	return problem('warning', 'form.checkbox-both', `“是”和“否”都被勾选，未读取：${label}`, `Both 是 and 否 are ticked; not read: ${label}`, { sheet, cell });
}

/** Whether a row's label names one of the 六个能力 (free-text metrics). */
export function namesCapability(label: string, context: string): boolean {
	const m = label ? matchMetric(label, context, { families: ['T'] }) : null;
	return m !== null && isCapability(m.metricId);
}

/** The first sentence of an 活动项目 cell (提升思想认识能力。深入学习… → 提升思想认识能力). */
export function firstSentence(s: string): string {
	return s.split(/[。\n]/).map((x) => x.trim()).find((x) => x !== '') ?? '';
}

/**
 * A 进展情况 cell as read, and when it holds nothing but a number (350, the
 * template sentence left out): the number the requirement's one slot asks for,
 * or, when the requirement has several slots, the number kept under the
 * requirement's words (unmapped) rather than called empty.
 */
const ANSWER_ONLY = /^[\s\u3000☑□■√✔✓×☐☒是否（）()]+$/;
const hanCount = (t: string) => (t.match(/[\u4e00-\u9fa5]/g) ?? []).length;

/** A unit in brackets closing an indicator (中央媒体发稿（篇）). */
const BRACKET_UNIT = /[（(]([^（()）]{1,3})[)）]$/;

export function readProgressCell(text: string, context: string, rowLabel: string, requirement: string, unit = ''): ProgressResult {
	// 六个能力 | 提升思想认识能力。…: the requirement names which capability a free-text row answers.
	const asked = firstSentence(requirement.replace(/[\s\u3000]+/g, ''));
	const rowName = !namesCapability(rowLabel, context) && namesCapability(asked, context) ? asked : rowLabel;
	// An answer alone (☑是  □否) beside its question in the indicator column (安全月纳入年度重点工作 | 是/否 | ☑是□否).
	const answerOnly = ANSWER_ONLY.test(text) && /[是否]/.test(text) && hanCount(requirement.replace(/是否/g, '')) >= 4 && findSlots(requirement).length === 0;
	const question = answerOnly ? (/是否/.test(requirement) ? '' : '是否') + requirement.trim() : '';
	const result = readProgress(answerOnly ? `${question}：${text.trim()}` : text, context, rowName);
	if (result.items.length > 0 || result.ambiguous.length > 0 || result.promptOnly) return result;
	const raw = text.trim();
	const n = parseNumber(raw);
	if (!n) return result;
	// A unit in brackets closing an indicator (…安全公开课（场）) is no slot: the count is the row's.
	const slots = findSlots(requirement).filter((s) => s.kind !== 'text' && !(s.value === null && s.end === requirement.trimEnd().length && BRACKET_UNIT.test(requirement.trim())));
	if (slots.length === 1) {
		const filled = readProgress(requirement.slice(0, slots[0].start) + `（${raw}）` + requirement.slice(slots[0].end), context, rowLabel);
		const items = filled.items.filter((it) => it.kind === 'number');
		if (items.length === 1) return { ...filled, items: [{ ...items[0], raw }] };
	}
	// One indicator a row (党委理论学习中心组专题学习（次） | 次 | 13): the indicator with the count in its slot.
	if (slots.length === 0 && requirement.trim() !== '') {
		const measure = unit.trim() && !/[是否/]/.test(unit) ? unit.trim() : '';
		const filled = readProgress(`${requirement.trim().replace(BRACKET_UNIT, '')}（${raw}）${measure || (BRACKET_UNIT.exec(requirement.trim())?.[1] ?? '')}`, context, '');
		const items = filled.items.filter((it) => it.kind === 'number');
		if (items.length === 1) return { ...filled, items: [{ ...items[0], raw }] };
	}
	// 无 for a row of several slots says nothing about which one: it stays as it was (empty).
	if (!/[0-9０-９]/.test(raw)) return result;
	const label = trimLabel(emptied(requirement, slots)) || rowLabel || context;
	return { ...result, items: [{ kind: 'number', label, raw, value: n.value, approx: n.approx, match: null }] };
}

export function dispositionOf(sheet: string, cell: string, facts: Fact[], promptOnly: boolean): LedgerEntry {
	if (facts.some((f) => f.status === 'ok' && f.text === null)) return { sheet, cell, disposition: 'fact' };
	if (facts.some((f) => f.status === 'ok')) return { sheet, cell, disposition: 'text' };
	if (facts.length > 0) return { sheet, cell, disposition: 'unmapped' };
	return { sheet, cell, disposition: 'ignored', reason: promptOnly ? 'empty-prompt' : 'empty-slots' };
}

export function toFact(it: ProgressItem, ctx: FileContext, at: FactOrigin): Fact {
	switch (it.kind) {
		case 'number':
			return makeFact(ctx, at, it.match, it.label, it.raw, { value: it.value, approx: it.approx, text: null });
		case 'flag':
			return makeFact(ctx, at, it.match, it.label, it.raw, { value: it.value, approx: false, text: null }, 'F');
		case 'text':
			return makeFact(ctx, at, it.match, it.label, it.raw, { value: null, approx: false, text: it.text }, 'T');
	}
}
