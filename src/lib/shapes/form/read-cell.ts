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
import { findSlots, UNIT_WORDS } from './slots';
import { emptied, trimLabel } from './clause-words';
import { parseNumber } from '../numbers';
import { problem, type Problem } from '../../base/problem';

/** A name ending in its measure word (参加人次, 开展演练场次, 参演人数), the words before it at least two characters. */
const ENDS_IN_MEASURE = new RegExp(`^(.{2,}?)(${UNIT_WORDS.join('|')}|人数|次数)$`);

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
export function readProgressCell(text: string, context: string, rowLabel: string, requirement: string): ProgressResult {
	// 六个能力 | 提升思想认识能力。…: the requirement names which capability a free-text row answers.
	const asked = firstSentence(requirement.replace(/[\s\u3000]+/g, ''));
	// A requirement that is the item's name, not a template (活动类别 | 工作内容: 学习教育 | 中心组专题学习): the item the
	// row's cell counts, finer than the category beside it.
	const isName = asked !== '' && findSlots(requirement).length === 0 && !/[，,；;。:：]/.test(asked) && asked.length <= 24;
	const rowName = !namesCapability(rowLabel, context) && namesCapability(asked, context) ? asked : isName ? asked : rowLabel;
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
	// 中心组学习参加人次 | 45, 参演人数 | 120: a requirement with no slot that ends in what it counts asks for the
	// number before that measure word.
	const measured = slots.length === 0 ? ENDS_IN_MEASURE.exec(requirement.replace(/[\s\u3000]+/g, '')) : null;
	if (measured) {
		const measure = measured[2] === '人数' ? '人' : measured[2] === '次数' ? '次' : measured[2];
		const filled = readProgress(`${measured[1]}（${raw}）${measure}`, context, rowLabel);
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
