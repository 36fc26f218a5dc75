/**
 * One 进展情况 cell → the items it reports: numbers on their metrics, yes/no
 * flags, kept texts. Each item carries the label a clerk recognizes (the
 * clause as written with its slots emptied) and the metric the matcher chose.
 */
import { matchMetric, type MetricMatch } from '../../schema/match';
import type { Family } from '../../schema/types';
import { colonAnswers, findCheckboxes, plainAnswer } from './checkbox';
import {
	CLAUSE_SEPS,
	SEGMENT_SEPS,
	findSlots,
	hasSlot,
	splitOutsideBrackets,
	type Slot
} from './slots';
import { hanCount, isWeakClause, trimLabel } from './clause-words';
import { partOfTotalAt, unlessTotalCounted } from './breakdown';
import { softenLineBreaks } from './line-breaks';
import { titleAtStart, untangled } from './cell-typing';
import { withoutSection } from '../../base/outline-number';
import { enumeratedLabels, type Listed } from './enumeration';
import { measureAllows, NUMBER_FAMILIES, partnerAfter, partnerInUnit } from './follow-up';
import { decideWithClauseBefore, leansBack, namesNothing, onlyHowTakenPart } from './clause-before';
import { countedNounLast, whatWasDone } from './word-order';
import { withoutFrame } from './framing';
import { flagMetric } from '../../schema/scoped-flag';
import { countsParticipants, LEANING_WORDS, ORGANIZING_WORDS, participantsOf, TALLY_BEFORE_SLOT } from './participation';


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


/** A bracket note holding a count with its measure word (参与200人, 含消防演练2场). */
const hasNumberSlot = (raw: string) => findSlots(raw).some((s) => s.kind === 'number');


const metricsOf = (items: ProgressItem[]) => items.flatMap((i) => (i.match ? [i.match.metricId] : []));
const unitFamilies = new Map<string, boolean>();
/** Whether a slot's unit allows a family (人次 → P only; no unit → any), read once per unit and family. */
function unitAllows(unit: string, family: Family): boolean {
	const key = unit + family;
	let ok = unitFamilies.get(key);
	if (ok === undefined) unitFamilies.set(key, (ok = measureAllows(`（ ）${unit}`, family)));
	return ok;
}

/** Words pointing back to what the clause before counted: 相关报道, 有关稿件, 上述…. */
const POINTS_BACK = /^(?:相关|有关|上述|此类|其)/;
/** Words of a sum over what came before: 参与人数合计, 共计（ ）人参与 (not the template's 参与总人数). */
const TOTAL = /合计|小计|总计|共计|累计|一共/;
/** How many different sessions metrics the items count. */
const sessionMetrics = (items: readonly ProgressItem[]) => new Set(items.flatMap((i) => (i.kind === 'number' && i.match?.family === 'S' ? [i.match.metricId] : []))).size;
/** A slot left blank that would have counted sessions (进社区（ ）场): still one of the places a total spans. */
const blankSessionSlots = (slots: Slot[]) => slots.filter((s) => s.kind === 'empty' && /^(?:场|场次|次|期)$/.test(s.unit)).length;

/** Units counting units or people: the noun after such a slot is what it counts (（4）家企业, （380）名职工). */
const COUNTED_UNITS = /^(?:家|个|所|户|处|名|人|位)$/;
/** A rendered label that holds a slot (left blank or emptied for the label). */
const hasBlankSlot = (label: string) => /[（(] [)）]/.test(label);
const lastNumber = (items: readonly ProgressItem[]) => items.findLast((i) => i.kind === 'number');

/** The colon of a field (演练场次：（ ）): the matcher reads the field as its name with the slot. */
const FIELD_COLON = /[\s\u3000]*[：:][\s\u3000]*(?=[（(] [)）])/g;

/** Renders clause[from, to) with number/empty slots (and matched text slots, `tSlots`) written as （ ）. */
function render(text: string, slots: Slot[], from: number, to: number, tSlots: Set<Slot>): string {
	let out = '';
	let pos = from;
	for (const s of slots) {
		if (s.start < from || s.end > to) continue;
		if (s.kind === 'text' && !tSlots.has(s)) {
			// A text slot that is no kept text (社区（村）) stays as written; a note with a count of its own is read on its own.
			if (hasNumberSlot(s.raw)) {
				out += text.slice(pos, s.start);
				pos = s.end;
			}
			continue;
		}
		// A unit written inside the brackets (（12场）) is written after them, where the template has it.
		out += text.slice(pos, s.start) + (s.open === '(' ? '( )' : '（ ）') + (s.unitEnd === s.end && !s.unitBefore ? s.unit : '');
		pos = s.end;
	}
	return trimLabel(out + text.slice(pos, to));
}

/** Starts of the 、-separated parts of a clause: a 、 right after a slot and its unit splits it. */
function subStarts(text: string, slots: Slot[]): number[] {
	const starts = [0];
	for (const s of slots) {
		// 村（社区）、物业公司: a 、 after words in brackets lists within the words, it starts no part.
		if (s.kind === 'text') continue;
		const m = /^[\s\u3000]*、/.exec(text.slice(s.unitEnd));
		if (m) starts.push(s.unitEnd + m[0].length);
	}
	return starts;
}

interface ClauseCtx {
	context: string;
	/** The items the cell yielded before this clause. */
	earlier: readonly ProgressItem[];
	/** Where in `earlier` this sentence's items start. */
	sentenceFrom: number;
	/** Sessions slots left blank in this sentence's clauses before this one. */
	blankSessions: number;
	/** Label of the clause before this one in the sentence, and the separator between them. */
	prev: { label: string; sep: string; metrics: string[]; last: ProgressItem | undefined; list: Listed | null; row?: boolean; sessions?: number } | null;
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

/**
 * The words that name one slot: those before it (from the slot before it in the same part), or
 * after it when none precede or only a verb of organizing does (（ ）个企业开展…, 组织（ ）人次观看…).
 */
function ownLabel(st: ClauseState, s: Slot): { label: string; after: boolean; leans: boolean } {
	const { text, slots } = st;
	const sub = subOf(st, s);
	const inSub = slots.filter((o) => o.start >= sub.from && o.end <= sub.to);
	const at = inSub.indexOf(s);
	const before = at > 0 ? inSub[at - 1] : undefined;
	const wordsFrom = before ? before.unitEnd : sub.from;
	const ownWords = text.slice(wordsFrom, s.start).replace(LEANING_WORDS, '');
	const own = hanCount(ownWords);
	// A bracket of words after the slot (个村（社区）) is part of what it names, not the next slot.
	const next = inSub.slice(at + 1).find((o) => o.kind !== 'text');
	const afterEnd = next ? next.start : sub.to;
	const wordsAfter = hanCount(text.slice(s.unitEnd, afterEnd).replace(LEANING_WORDS, '')) >= 2;
	// （4）家企业（380）名职工开展演练: the words before this slot are the noun the slot before counts.
	const nounOfBefore = wordsAfter && before !== undefined && COUNTED_UNITS.test(before.unit) && hanCount(ownWords) <= 3 && hanCount(ownWords.replace(ORGANIZING_WORDS, '')) === hanCount(ownWords);
	const organizingOnly = (hanCount(ownWords.replace(ORGANIZING_WORDS, '')) < 2 || nounOfBefore) && wordsAfter;
	if (before && own < 2 && s.kind === 'number' && hanCount(text.slice(s.unitEnd, afterEnd).replace(LEANING_WORDS, '')) === 0 && countsParticipants(text.slice(wordsFrom, afterEnd), s.unit)) {
		// …（3）场参与（120）人次 with the comma left out: the people who took part in what the slot before counts.
		const phraseFrom = at > 1 ? inSub[at - 2].unitEnd : sub.from;
		return { label: render(text, slots, phraseFrom, before.unitEnd, st.tSlots) + `，参与（ ）${s.unit || '人次'}`, after: false, leans: true };
	}
	const end = own >= 2 && !organizingOnly ? s.unitEnd : afterEnd;
	// A slot after another in one part is named by its own words (…（45）人次开展网络课堂培训（2）场);
	// 发动（ ）家企业开展… reads as the template's （ ）个企业开展….
	const from = (own >= 2 || nounOfBefore) && organizingOnly ? s.start : before && own >= 2 ? before.unitEnd : sub.from;
	let label = render(text, slots, from, end, st.tSlots).replace(TALLY_BEFORE_SLOT, '');
	let leans = false;
	const subSlots = inSub.map((o) => ({ ...o, start: o.start - sub.from, end: o.end - sub.from, unitEnd: o.unitEnd - sub.from }));
	// …“公众开放日”（2）场，线上参与（400）人次: after the clause naming what was held, 线上 names nothing new.
	const manner = sub.from === 0 && st.cc.prev !== null && onlyHowTakenPart(text.slice(sub.from, sub.to), subSlots);
	if (manner || isWeakClause(text.slice(sub.from, sub.to), subSlots)) {
		// 参演（ ）人次, 受教育师生（ ）人: the people who took part in what the clause before names, read as the template words it.
		leans = s.kind === 'number' && inSub.filter((o) => o.kind !== 'text').length === 1 && countsParticipants(text.slice(sub.from, sub.to), s.unit);
		const own = leans ? `参与（ ）${s.unit || '人次'}` : label;
		label = prefixFor(st, sub.from) + own;
	}
	return { label, after: end > s.unitEnd, leans };
}

function readClause(text: string, cc: ClauseCtx, slots: Slot[] = findSlots(text)): { items: ProgressItem[]; label: string; list: Listed | null; blankSessions: number } {
	const items: ProgressItem[] = [];
	const tSlots = new Set<Slot>();
	const st: ClauseState = { text, cc, slots, starts: subStarts(text, slots), tSlots };

	// Text slots first: whether 以（…）等形式 is a kept text changes how the labels read.
	for (const s of slots) {
		if (s.kind !== 'text') continue;
		const m = matchMetric(ownLabel(st, s).label, cc.context, { families: ['T'] });
		if (m) tSlots.add(s);
	}
	let label = render(text, slots, 0, text.length, tSlots);
	if (cc.prev && slots.length > 0 && isWeakClause(text, slots)) label = cc.prev.label + cc.prev.sep + label;
	const listed = enumeratedLabels(text, slots, cc.prev?.list ?? null);
	const itemOf = new Map<Slot, ProgressItem>();
	const startOf = new Map<ProgressItem, number>();

	for (const s of slots) {
		if (s.kind === 'text' && tSlots.has(s)) {
			const m = matchMetric(ownLabel(st, s).label, cc.context, { families: ['T'] });
			if (m) items.push({ kind: 'text', label, raw: s.raw, text: s.raw.trim(), match: m });
		} else if (s.kind === 'text' && hasNumberSlot(s.raw)) {
			// A note in brackets with its own count (进企业（3）场（参与200人）, （含消防演练2场）): a clause after the words before it.
			const before = { label: render(text, slots, subOf(st, s).from, s.start, tSlots), sep: '，', metrics: metricsOf(items), last: lastNumber(items), list: null };
			const noted = readClause(s.raw, { ...cc, earlier: [...cc.earlier, ...items], prev: before }).items;
			for (const i of noted) startOf.set(i, s.start);
			items.push(...noted);
		} else if (s.kind === 'number' && s.value !== null) {
			const { label: written, after, leans } = listed.labels.has(s) ? { label: listed.labels.get(s) as string, after: false, leans: false } : ownLabel(st, s);
			// A bare field (场次：（ ）) keeps its colon: it names no activity, the clause before does.
			const own = s.unitBefore && hanCount(written) - s.unit.length >= 2 ? written.replace(FIELD_COLON, '') : written;
			const m0 = matchMetric(own, cc.context, { families: NUMBER_FAMILIES });
			let m = decideWithClauseBefore(own, m0, cc.prev, cc.context);
			if (!m) {
				// 组织收看云课堂（ ）人次, 领导干部讲公开课（ ）次, 组织职工线上参加开放日: who set it up or did it is not what was done.
				for (const done of whatWasDone(own)) if (!m) m = matchMetric(done, cc.context, { families: NUMBER_FAMILIES });
			}
			// 在本单位网站、微信公众号开设学习专栏（ ）个, 检查中发现问题隐患（ ）条: where or when is not what was counted.
			if (!m) m = withoutFrame(own, cc.context, NUMBER_FAMILIES);
			if (!m && after) {
				// （ ）个企业开展安全体检: the enterprises that held a check.
				const reworded = countedNounLast(own);
				if (reworded) m = matchMetric(reworded, cc.context, { families: NUMBER_FAMILIES });
			}
			if (!m) {
				// The slot's own words were too few: try the clause up to and including the slot.
				const upTo = render(text, slots, 0, s.unitEnd, tSlots);
				const full = (isWeakClause(text, slots) && cc.prev ? cc.prev.label + cc.prev.sep : '') + upTo;
				// Never when the slot was named by the words after it: those before it say less.
				if (full !== own && !after) m = matchMetric(full, cc.context, { families: NUMBER_FAMILIES });
			}
			// 参演（ ）人次 after sessions the schema pairs with participants: those sessions' participants, whatever the matcher makes of the words.
			// A sessions slot left blank still names the sessions: its own words (or its clause) alone say which.
			const slotBefore = slots.findLast((o) => o.kind !== 'text' && o.end <= s.start);
			const blankBefore = slotBefore?.kind === 'empty' ? slotBefore : undefined;
			const anchor = leans && !blankBefore ? (lastNumber(items) ?? cc.prev?.last) : undefined;
			const blankLabel = blankBefore ? ownLabel(st, blankBefore).label : !slotBefore && cc.prev && hasBlankSlot(cc.prev.label) ? cc.prev.label : null;
			const sessions = anchor ? anchor.match : leans && blankLabel ? matchMetric(blankLabel, cc.context, { families: ['S'] }) : null;
			const paired = sessions?.family === 'S' ? participantsOf(sessions.metricId) : null;
			if (paired && measureAllows(own, 'P')) m = paired;
			// 开展“专题行”（2）次，参与群众（150）人次: participants of sessions the schema counts none for are no other metric's.
			else if (sessions?.family === 'S' && m?.family === 'P') m = null;
			// The schema's pair of the count before (…报道（ ）次，刊发新闻报道（ ）篇); a slot before left blank names its metric by its clause.
			const before = lastNumber(items) ?? cc.prev?.last;
			if (!m) {
				const beforeMatch = before ? before.match : cc.prev && hasBlankSlot(cc.prev.label) ? matchMetric(cc.prev.label, cc.context, { families: NUMBER_FAMILIES }) : null;
				if (beforeMatch) m = partnerAfter(own, cc.context, beforeMatch.metricId);
			}
			// 总结推广典型经验（5）个，相关报道（4）篇: a count pointing back, or on a metric the cell already counted, is the clause before's partner.
			if (m && before?.match && (POINTS_BACK.test(own) || [...cc.earlier, ...items].some((i) => i.match?.metricId === m?.metricId))) {
				const p = partnerInUnit(before.match.metricId, s.unit, m.family);
				if (p) m = p;
			}
			// 其中进校园（22）场、进家庭（16）场，覆盖师生（300）人: people after the sessions of several places are none of theirs.
			if (leans && !lastNumber(items) && (cc.prev?.sessions ?? 0) >= 2) m = null;
			// 进企业2场，进家庭1场，参与人数合计（ ）人: a total over the sessions of several metrics is none of theirs.
			if (leans && TOTAL.test(text) && sessionMetrics([...cc.earlier.slice(cc.sentenceFrom), ...items]) + cc.blankSessions + blankSessionSlots(slots.filter((o) => o.start < s.start)) >= 2) m = null;
			// The slot's own unit rules its family: …（ ）场次，参与群众（ ）余人次 read as one label is never sessions.
			if (m && !unitAllows(s.unit, m.family)) m = null;
			const partFrom = partOfTotalAt(text, s.start);
			if (partFrom >= 0) m = unlessTotalCounted(m, [...cc.earlier, ...items.filter((i) => (startOf.get(i) ?? 0) < partFrom)]);
			const item: ProgressItem = { kind: 'number', label, raw: s.raw.trim(), value: s.value, approx: s.approx, match: m };
			itemOf.set(s, item);
			startOf.set(item, s.start);
			items.push(item);
		}
	}
	// A list whose items the matcher read as one metric did not tell them apart: none of them is summed.
	for (const run of listed.runs) {
		const ids = run.map((s) => itemOf.get(s)?.match?.metricId).filter((id) => id !== undefined);
		if (new Set(ids).size < ids.length) for (const s of run) if (itemOf.has(s)) (itemOf.get(s) as ProgressItem).match = null;
	}
	return { items, label, list: listed.list, blankSessions: blankSessionSlots(slots) };
}

/** A checkbox's question: the words right before it, or right after it (是（）、否（√）使用…平台). */
function readSegment(seg: string, context: string, out: ProgressResult, carried: ClauseCtx['prev']): ClauseCtx['prev'] {
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
		const m = flagMetric(label, context);
		out.items.push({ kind: 'flag', label, raw: seg.slice(cb.start, cb.end), value: cb.answer, match: m });
	}
	numberRanges.push([pos, seg.length]);
	let last: ClauseCtx['prev'] = null;

	for (const [a, b] of numberRanges) {
		const range = seg.slice(a, b);
		// Questions answered with a plain 是/否 (commas may sit inside a question; several may run together).
		const noSlots = findSlots(range).every((s) => s.kind === 'text');
		const single = noSlots ? plainAnswer(range) : null;
		const plain = noSlots ? (colonAnswers(range) ?? (single ? [single] : null)) : null;
		if (plain) {
			const flags = plain.map(({ question, answer }) => {
				const label = trimLabel(question) + '□是□否';
				const m = flagMetric(label, context);
				return { label, answer, m, asks: m !== null || /是否/.test(question) };
			});
			if (flags.every((f) => f.asks)) {
				const raw = range.trim();
				for (const f of flags) out.items.push({ kind: 'flag', label: f.label, raw, value: f.answer, match: f.m });
				continue;
			}
		}
		let prev: ClauseCtx['prev'] = null;
		const sentenceFrom = out.items.length;
		let blankSessions = 0;
		for (const [k, part] of splitOutsideBrackets(seg.slice(a, b), CLAUSE_SEPS).entries()) {
			// 开展演练（4）场；参与（200）人次, 推广经验（2）个；发表报道（5）篇: a sentence opening with a clause that leans on
			// the one before, or a short one the one before may name, reads after it.
			const slots = findSlots(part.text);
			// The row's item is read before a clause that names nothing (（4）场, 开展活动（4）场), never before a short one.
			const lean = k === 0 && a === 0 && carried && (carried.row ? namesNothing(part.text, slots) : leansBack(part.text, slots)) ? carried : null;
			const before = prev ? { ...prev, sep: part.sep } : lean;
			// A clause leaning across ；(…进家庭3场；共计受教育群众（ ）人) may total everything the cell counted before it.
			const r = readClause(part.text, { context, earlier: out.items, sentenceFrom: lean ? 0 : sentenceFrom, blankSessions, prev: before }, slots);
			blankSessions += r.blankSessions;
			out.items.push(...r.items);
			prev = { label: r.label, sep: part.sep, metrics: metricsOf(r.items), last: lastNumber(r.items), list: r.list, sessions: sessionMetrics(r.items) };
		}
		last = prev;
	}
	return last;
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
	// （4）场，（230）人次 in the row 观看警示教育片: the row's own item names what a cell with no words counts.
	const item = withoutSection(rowLabel);
	let carried: ClauseCtx['prev'] = hanCount(item) >= 2 ? { label: item, sep: '，', metrics: [], last: undefined, list: null, row: true } : null;
	let scope = context;
	for (const seg of splitOutsideBrackets(softenLineBreaks(untangled(text)), SEGMENT_SEPS)) {
		if (seg.text.trim() === '') continue;
		// 【应急演练】（7）场…: the title names the activity of what follows it in the cell, and leans on nothing before it.
		const title = titleAtStart(seg.text);
		if (title) {
			scope = `${context} ${title}`;
			carried = null;
		}
		// Read as the template's own pair (…（ ）场，参与（ ）人次), whatever ended the sentence before.
		carried = readSegment(seg.text, scope, out, carried && { ...carried, sep: '，' });
	}
	return out;
}
