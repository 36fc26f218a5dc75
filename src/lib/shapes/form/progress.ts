/**
 * One 进展情况 cell → the items it reports: numbers on their metrics, yes/no
 * flags, kept texts. Each item carries the label a clerk recognizes (the
 * clause as written with its slots emptied) and the metric the matcher chose.
 */
import { matchMetric, rankMetrics, type MetricMatch } from '../../schema/match';
import type { Family } from '../../schema/types';
import { colonAnswers, findCheckboxes, plainAnswer } from './checkbox';
import {
	CLAUSE_SEPS,
	SEGMENT_SEPS,
	emptied,
	findSlots,
	hanCount,
	hasSlot,
	isWeakClause,
	softenLineBreaks,
	splitOutsideBrackets,
	trimLabel,
	type Slot
} from './slots';
import { countsParticipants, LEANING_WORDS } from './participation';

const NUMBER_FAMILIES: Family[] = ['P', 'S', 'H', 'M', 'C'];

export type ProgressItem =
	| { kind: 'number'; label: string; raw: string; value: number; approx: boolean; match: MetricMatch | null }
	| { kind: 'flag'; label: string; raw: string; value: 1 | 0; match: MetricMatch | null }
	| { kind: 'text'; label: string; raw: string; text: string; match: MetricMatch | null };

export interface ProgressResult {
	items: ProgressItem[];
	/** Checkboxes with both 是 and 否 ticked: reported, not read. */
	ambiguous: string[];
	/** The cell is a free-text row (六个能力) whose prompt was left alone. */
	promptOnly: boolean;
}

/** The prompt of a free-text row: 条目式简要表述相关工作经验做法和成效（字数200字以内）. */
const PROMPT = /条目式简要表述[^（(\n]*(?:[（(][^)）]*字[^)）]*[)）])?/;


/** Renders clause[from, to) with number/empty slots (and matched text slots, `tSlots`) written as （ ）. */
function render(text: string, slots: Slot[], from: number, to: number, tSlots: Set<Slot>): string {
	// A text slot that is no kept text (社区（村）) stays as written.
	const inside = slots
		.filter((s) => s.start >= from && s.end <= to && !(s.kind === 'text' && !tSlots.has(s)))
		.map((s) => ({ ...s, start: s.start - from, end: s.end - from, unitEnd: s.unitEnd - from }));
	return trimLabel(emptied(text.slice(from, to), inside));
}

/** Starts of the 、-separated parts of a clause: a 、 right after a slot and its unit splits it. */
function subStarts(text: string, slots: Slot[]): number[] {
	const starts = [0];
	for (const s of slots) {
		const m = /^[\s\u3000]*、/.exec(text.slice(s.unitEnd));
		if (m) starts.push(s.unitEnd + m[0].length);
	}
	return starts;
}

interface ClauseCtx {
	context: string;
	/** Label of the clause before this one in the sentence, and the separator between them. */
	prev: { label: string; sep: string } | null;
}

/**
 * A clause being read: its slots, where its 、-separated parts start, and the
 * text slots found to be kept texts. (Plain functions over this rather than
 * closures inside readClause, which runs for every clause of every form.)
 */
interface ClauseState {
	text: string;
	cc: ClauseCtx;
	slots: Slot[];
	starts: number[];
	tSlots: Set<Slot>;
}

/** The 、-separated part of the clause that holds slot `s`. */
function subOf(st: ClauseState, s: Slot): { from: number; to: number } {
	const { starts } = st;
	let i = 0;
	while (i + 1 < starts.length && starts[i + 1] <= s.start) i++;
	return { from: starts[i], to: i + 1 < starts.length ? starts[i + 1] - 1 : st.text.length };
}

/** What comes before the part starting at `from`: the clause's own words, or the clause before it. */
function prefixFor(st: ClauseState, from: number): string {
	return from > 0 ? render(st.text, st.slots, 0, from, st.tSlots) : st.cc.prev ? st.cc.prev.label + st.cc.prev.sep : '';
}

/** The words that name one slot: those before it, or after it when none precede (（ ）个企业开展…). */
function ownLabel(st: ClauseState, s: Slot): string {
	const { text, slots } = st;
	const sub = subOf(st, s);
	const before = slots.filter((o) => o.start < s.start && o.start >= sub.from).pop();
	const wordsFrom = before ? before.unitEnd : sub.from;
	const own = hanCount(text.slice(wordsFrom, s.start).replace(LEANING_WORDS, ''));
	const next = slots.find((o) => o.start > s.start && o.start < sub.to);
	const end = own >= 2 ? s.unitEnd : next ? next.start : sub.to;
	let label = render(text, slots, sub.from, end, st.tSlots);
	const subSlots = slots.filter((o) => o.start >= sub.from && o.end <= sub.to);
	const subText = text.slice(sub.from, sub.to);
	if (isWeakClause(subText, subSlots.map((o) => ({ ...o, start: o.start - sub.from, end: o.end - sub.from, unitEnd: o.unitEnd - sub.from })))) {
		// 参演（ ）人次, 受教育师生（ ）人: the people who took part in what the clause before names, read as the template words it.
		const own = s.kind === 'number' && subSlots.length === 1 && countsParticipants(subText, s.unit) ? `参与（ ）${s.unit || '人次'}` : label;
		label = prefixFor(st, sub.from) + own;
	}
	return label;
}

function readClause(text: string, cc: ClauseCtx): { items: ProgressItem[]; label: string } {
	const slots = findSlots(text);
	const items: ProgressItem[] = [];
	const tSlots = new Set<Slot>();
	const st: ClauseState = { text, cc, slots, starts: subStarts(text, slots), tSlots };

	// Text slots first: whether 以（…）等形式 is a kept text changes how the labels read.
	for (const s of slots) {
		if (s.kind !== 'text') continue;
		const m = matchMetric(ownLabel(st, s), cc.context, { families: ['T'] });
		if (m) tSlots.add(s);
	}
	let label = render(text, slots, 0, text.length, tSlots);
	if (cc.prev && slots.length > 0 && isWeakClause(text, slots)) label = cc.prev.label + cc.prev.sep + label;

	for (const s of slots) {
		if (s.kind === 'text' && tSlots.has(s)) {
			const m = matchMetric(ownLabel(st, s), cc.context, { families: ['T'] });
			if (m) items.push({ kind: 'text', label, raw: s.raw, text: s.raw.trim(), match: m });
		} else if (s.kind === 'number' && s.value !== null) {
			const own = ownLabel(st, s);
			let m = matchMetric(own, cc.context, { families: NUMBER_FAMILIES });
			const [a, b] = rankMetrics(own, cc.context, { families: NUMBER_FAMILIES, limit: 2 });
			if (m && a && b && a.confidence - b.confidence < 0.02 && !own.startsWith(cc.prev?.label ?? '\u0000')) {
				// 刊发新闻报道（ ）篇 follows two different clauses in one form: the clause before decides.
				const withPrev = cc.prev ? matchMetric(cc.prev.label + cc.prev.sep + own, cc.context, { families: NUMBER_FAMILIES }) : null;
				if (withPrev) m = withPrev;
			}
			if (!m && cc.prev && !own.startsWith(cc.prev.label)) {
				// The matcher would not choose between siblings on the slot's own words: the clause before decides.
				m = matchMetric(cc.prev.label + cc.prev.sep + own, cc.context, { families: NUMBER_FAMILIES });
			}
			if (!m) {
				// The slot's own words were too few: try the clause up to and including the slot.
				const upTo = render(text, slots, 0, s.unitEnd, tSlots);
				const full = (isWeakClause(text, slots) && cc.prev ? cc.prev.label + cc.prev.sep : '') + upTo;
				if (full !== own) m = matchMetric(full, cc.context, { families: NUMBER_FAMILIES });
			}
			items.push({ kind: 'number', label, raw: s.raw.trim(), value: s.value, approx: s.approx, match: m });
		}
	}
	return { items, label };
}

/** A checkbox's question: the words right before it, or right after it (是（）、否（√）使用…平台). */
function readSegment(seg: string, context: string, out: ProgressResult): void {
	const boxes = findCheckboxes(seg);
	const numberRanges: [number, number][] = [];
	let pos = 0;
	for (let i = 0; i < boxes.length; i++) {
		const cb = boxes[i];
		const before = seg.slice(pos, cb.start);
		// The question is the run of slot-free clauses just before the box.
		const parts = splitOutsideBrackets(before, CLAUSE_SEPS);
		let q = parts.length;
		while (q > 0 && findSlots(parts[q - 1].text).every((s) => s.kind === 'text')) q--;
		let qStart = pos;
		for (let k = 0; k < q; k++) qStart += parts[k].text.length + (k + 1 < parts.length ? 1 : 0);
		if (q > 0) numberRanges.push([pos, qStart]);
		let label: string;
		let end = cb.end;
		if (trimLabel(seg.slice(qStart, cb.start)) === '') {
			end = i + 1 < boxes.length ? boxes[i + 1].start : seg.length;
			label = trimLabel(cb.blank + seg.slice(cb.end, end));
		} else label = trimLabel(seg.slice(qStart, cb.start) + cb.blank);
		pos = end;
		if (cb.answer === null) continue;
		if (cb.answer === 'both') {
			out.ambiguous.push(label);
			continue;
		}
		const m = matchMetric(label, context, { families: ['F'] });
		out.items.push({ kind: 'flag', label, raw: seg.slice(cb.start, cb.end), value: cb.answer, match: m });
	}
	numberRanges.push([pos, seg.length]);

	for (const [a, b] of numberRanges) {
		const range = seg.slice(a, b);
		// Questions answered with a plain 是/否 (commas may sit inside a question; several may run together).
		const noSlots = findSlots(range).every((s) => s.kind === 'text');
		const single = noSlots ? plainAnswer(range) : null;
		const plain = noSlots ? (colonAnswers(range) ?? (single ? [single] : null)) : null;
		if (plain) {
			const flags = plain.map(({ question, answer }) => {
				const label = trimLabel(question) + '□是□否';
				const m = matchMetric(label, context, { families: ['F'] });
				return { label, answer, m, asks: m !== null || /是否/.test(question) };
			});
			if (flags.every((f) => f.asks)) {
				const raw = range.trim();
				for (const f of flags) out.items.push({ kind: 'flag', label: f.label, raw, value: f.answer, match: f.m });
				continue;
			}
		}
		let prev: ClauseCtx['prev'] = null;
		for (const part of splitOutsideBrackets(seg.slice(a, b), CLAUSE_SEPS)) {
			const r = readClause(part.text, { context, prev: prev && { label: prev.label, sep: part.sep } });
			out.items.push(...r.items);
			prev = { label: r.label, sep: part.sep };
		}
	}
}

/** The 六个能力 metrics (cap.thinking …): free text, never counts. */
export const isCapability = (metricId: string) => metricId.startsWith('cap.');

/**
 * Reads one 进展情况 cell. `context` is the row's 活动项目 text; `rowLabel` its
 * first sentence (提升思想认识能力), the label of a free-text row.
 */
export function readProgress(text: string, context: string, rowLabel: string): ProgressResult {
	const out: ProgressResult = { items: [], ambiguous: [], promptOnly: false };
	const prompt = PROMPT.exec(text);
	const rowText = rowLabel ? matchMetric(rowLabel, context, { families: ['T'] }) : null;
	// A 六个能力 row is free text (条目式简要表述): numbers in it (学习3次，参与45人次) are part of what it says, not counts.
	const capability = rowText !== null && isCapability(rowText.metricId);
	const textMetric = capability || prompt || !hasSlot(text) ? rowText : null;
	if (prompt || (textMetric && (capability || findCheckboxes(text).length === 0))) {
		const kept = (prompt ? text.slice(0, prompt.index) + text.slice(prompt.index + prompt[0].length) : text).replace(/^[\s\u3000：:]+|[\s\u3000]+$/g, '');
		if (kept === '') out.promptOnly = true;
		// A prompt row whose activity the schema does not know still keeps its text (unmapped).
		else out.items.push({ kind: 'text', label: rowLabel || trimLabel(prompt ? prompt[0] : ''), raw: text, text: kept, match: textMetric });
		return out;
	}
	for (const seg of splitOutsideBrackets(softenLineBreaks(text), SEGMENT_SEPS)) if (seg.text.trim() !== '') readSegment(seg.text, context, out);
	return out;
}
