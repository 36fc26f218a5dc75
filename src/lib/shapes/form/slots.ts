/**
 * A 进展情况 cell is the template sentence with numbers written into its
 * parentheses. This module cuts the cell into segments (；。 line breaks),
 * clauses (，) and slots (a bracket pair, or a bare number the filler wrote
 * without brackets), without deciding what any slot means.
 */
import { isDash, parseNumber } from '../numbers';
import { bracketedSectionNumber } from '../../base/outline-number';

export type SlotKind = 'number' | 'text' | 'empty';

export interface Slot {
	kind: SlotKind;
	/** Offsets in the clause text: [start, end) covers the brackets (or the bare number). */
	start: number;
	end: number;
	/** The bracket characters as written; '' for a bare number. */
	open: string;
	close: string;
	/** The slot's content as written (inside the brackets). */
	raw: string;
	value: number | null;
	approx: boolean;
	/** Unit of measure written right after the slot (or inside it), '' when none. */
	unit: string;
	/** Offset just past the unit (== end when there is none). */
	unitEnd: number;
	/** The unit was named before the number (场次：4), not after it. */
	unitBefore?: boolean;
}

export interface Clause {
	text: string;
	/** The separator written before this clause in its segment ('' for the first). */
	sep: string;
	slots: Slot[];
}

// Fillers' other brackets (〔3〕, ［3］, [3]) hold a slot as （ ） does: （ ( 〔 ［ [ open one, ） ) 〕 ］ ] close it.
// The loops below visit every character of every cell, so they compare character codes (a Chinese
// character read as text[i] is a new string each time).
export const isOpen = (c: number) => c === 0xff08 || c === 0x28 || c === 0x3014 || c === 0xff3b || c === 0x5b;
export const isClose = (c: number) => c === 0xff09 || c === 0x29 || c === 0x3015 || c === 0xff3d || c === 0x5d;
const TITLE_OPEN = 0x300a; // 《
const TITLE_CLOSE = 0x300b; // 》

/** Units of measure as the forms write them, longest first. */
export const UNIT_WORDS = [
	'人次', '场次', '条次', '家次', '户次', '期次', '课时', '学时',
	'人', '次', '场', '个', '部', '篇', '条', '家', '项', '期', '份', '处', '名', '起', '件', '张', '幅', '块', '所', '户', '本', '册', '套', '批', '轮', '支', '队'
];
// Spaces or the underscores of a printed blank (演练__3__场) may sit between a number and its unit.
const UNIT_AFTER = new RegExp(`^[\\s\\u3000_＿]*(${UNIT_WORDS.join('|')})`);
const UNIT_INSIDE = new RegExp(`^(.*?)(${UNIT_WORDS.join('|')})$`);
/** A unit, then the end of the clause: what follows the digits of 1，200人次 when ，groups thousands. */
const UNIT_THEN_END = new RegExp(`^[\\s\\u3000]*(?:${UNIT_WORDS.join('|')})[\\s\\u3000]*(?:$|[，,；;。、])`);

const APPROX_AFTER = /^[\s\u3000]*(?:余|多)/;

/** Spaces of every width, and the underscores of a printed blank. */
const BLANK = /[\s\u3000\u00a0_＿]+/g;

/** Index of the bracket closing the one opened at `i`, or -1 (brackets nest; （ and ( pair with either close). */
function closingBracket(text: string, i: number): number {
	let depth = 0;
	for (let j = i; j < text.length; j++) {
		const c = text.charCodeAt(j);
		if (isOpen(c)) depth++;
		else if (isClose(c)) {
			depth--;
			if (depth === 0) return j;
		}
	}
	return -1;
}

/**
 * Splits text on the given separator characters, but never inside brackets
 * or 《》 titles. Returns pieces with the separator that preceded each.
 */
export function splitOutsideBrackets(text: string, seps: string): { text: string; sep: string }[] {
	const out: { text: string; sep: string }[] = [];
	let depth = 0;
	let title = 0;
	let start = 0;
	let sep = '';
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (isOpen(c)) depth++;
		else if (isClose(c)) depth = Math.max(0, depth - 1);
		else if (c === TITLE_OPEN) title++;
		else if (c === TITLE_CLOSE) title = Math.max(0, title - 1);
		else if (depth === 0 && title === 0 && isOneOf(c, seps) && !isThousandsSeparator(text, i)) {
			out.push({ text: text.slice(start, i), sep });
			sep = text[i];
			start = i + 1;
		}
	}
	out.push({ text: text.slice(start), sep });
	return out;
}

/** Whether the character code c is one of the characters of `chars`. */
function isOneOf(c: number, chars: string): boolean {
	for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
	return false;
}

/** A digit, half or full width, at text[i] (false past either end). */
const isDigitAt = (text: string, i: number) => {
	const c = text.charCodeAt(i);
	return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
};

/**
 * 1,200: a comma between digits with exactly three digits after it (and at most
 * three before) groups thousands. The full-width ，is the Chinese clause comma:
 * it groups thousands only when a unit and the clause's end follow
 * (参与1，200人次), never in 参与120，300人观看直播 or 活动2，300人参与.
 */
function isThousandsSeparator(text: string, i: number): boolean {
	const ch = text[i];
	if (ch !== ',' && ch !== '，') return false;
	if (!isDigitAt(text, i + 1) || !isDigitAt(text, i + 2) || !isDigitAt(text, i + 3) || isDigitAt(text, i + 4)) return false;
	let k = i - 1;
	while (k >= 0 && isDigitAt(text, k)) k--;
	const before = i - 1 - k;
	if (before < 1 || before > 3) return false;
	return ch === ',' || UNIT_THEN_END.test(text.slice(i + 4));
}

/** Hard boundaries between the template's sentences. */
export const SEGMENT_SEPS = '；;。\n\r';

/** Soft boundaries between clauses of one sentence. */
export const CLAUSE_SEPS = '，,';

function unitAfter(text: string, pos: number): { unit: string; end: number } {
	const m = UNIT_AFTER.exec(text.slice(pos));
	// 一次性, 一部分: a unit character that starts a longer word is no unit.
	if (!m || /^(性|分)/.test(text.slice(pos + m[0].length))) return { unit: '', end: pos };
	return { unit: m[1], end: pos + m[0].length };
}

/** Reads what a filler wrote inside a bracket pair. */
function readContent(raw: string): { kind: SlotKind; value: number | null; approx: boolean; unit: string } {
	const s = raw.replace(BLANK, '');
	// （—）, （／）: nothing to report, a blank as the cell's dash is (never 0).
	if (s === '' || isDash(s)) return { kind: 'empty', value: null, approx: false, unit: '' };
	const n = parseNumber(s);
	if (n) return { kind: 'number', value: n.value, approx: n.approx, unit: '' };
	const m = UNIT_INSIDE.exec(s);
	// （   场）: a blank that kept the unit written inside it.
	if (m && m[1] === '') return { kind: 'empty', value: null, approx: false, unit: m[2] };
	if (m && m[1] !== '') {
		const n2 = parseNumber(m[1]);
		if (n2) return { kind: 'number', value: n2.value, approx: n2.approx, unit: m[2] };
	}
	return { kind: 'text', value: null, approx: false, unit: '' };
}

// A bare number: digits (half or full width, with thousands separators and a decimal part),
// or Chinese numerals (叁, 壹佰贰拾 too), with 约/近/共/计 before (never the 计 of 合计, 累计: the label's word),
// 上 before 百/千/万 (上千), 万, 余/多 after, and
// perhaps in 【】. It only counts when a unit follows.
const CN_DIGITS = '零〇一二两三四五六七八九十百千万';
const CN_FINANCIAL = '壹贰叁肆伍陆柒捌玖拾佰仟';
/** 无 (暂无, 没有) written where the count goes (演练无场次, 到会【无】人次): zero, as （无） is. */
const ZERO_WORD = '暂无|没有|无';
const IS_ZERO_WORD = /^(?:【[\s\u3000]*)?(?:暂无|没有|无)(?:[\s\u3000]*】)?$/;
/** What must follow a zero word's unit for it to be a count: the clause's end (无人机, 无场地 are words). */
const ZERO_UNIT_END = /^[\s\u3000]*(?:$|[，,；;。、)）])/;
const BARE_NUMBER = new RegExp(
	`(?:【[\\s\\u3000]*)?(?:约|近|共|(?<![合共累总统])计|上(?=[百千万]))?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+(?:[.．][0-9０-９]+)?万?|[${CN_DIGITS}${CN_FINANCIAL}]+|${ZERO_WORD})(?:余|多)?(?:[\\s\\u3000]*】)?`,
	'g'
);
/** Words in which a Chinese numeral is no count (第一, 统一, 进一步 …). */
const NOT_COUNT_BEFORE = /[第每逐唯统单进同之其万]$/;
/** 第1次: an ordinal, whatever the digits. */
const ORDINAL_BEFORE = /[第每]$/;
/** 一起开展, 一支队伍, 一个主题、两个重点: 一/两 with these measure words and a noun after is an article, no count. */
const ARTICLE = /^[一两]$/;
// 个 only in a slogan's list (一个主题、两个重点”): 一个企业开展… is the template's own（ ）个企业 answered without brackets.
const ARTICLE_UNITS = /^(起|支)$/;
const LISTED_AFTER = /^[\u4e00-\u9fa5]{1,4}[、”"]/;
const FINANCIAL = new RegExp(`[${CN_FINANCIAL}]`);
const PLACE_UNITS = /^(家|户|所|处)$/;

/** Han character at `i` (a word goes on). */
function isHanAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	return c >= 0x4e00 && c <= 0x9fa5;
}

/**
 * A bare numeral that is part of a word rather than a count: 第1次 (an ordinal),
 * 一起开展 / 一支队伍 (an article), 陆家镇 (a place name).
 */
function isWordNotCount(text: string, numeral: string, before: string, unit: { unit: string; end: number }): boolean {
	if (ORDINAL_BEFORE.test(before)) return true;
	if (!isHanAt(text, unit.end)) return false;
	if (ARTICLE.test(numeral) && (ARTICLE_UNITS.test(unit.unit) || (unit.unit === '个' && LISTED_AFTER.test(text.slice(unit.end))))) return true;
	// 陆家镇, 叁户村: one financial numeral before 家/户/所/处 and more words is a place name, not a count.
	return FINANCIAL.test(numeral) && numeral.length === 1 && PLACE_UNITS.test(unit.unit);
}

// Plain loops rather than closures in findSlots, which runs for every clause of every form.

/** True when position p lies in one of the ranges [a, b). */
function inGroup(covered: [number, number][], p: number): boolean {
	for (const [a, b] of covered) if (p >= a && p < b) return true;
	return false;
}

/** The first empty bracket pair with nothing but spaces between it and `start` (and no unit of its own). */
function emptySlotBefore(text: string, slots: Slot[], start: number): Slot | undefined {
	for (const s of slots) if (s.kind === 'empty' && s.open && text.slice(s.end, start).trim() === '' && s.unit === '') return s;
	return undefined;
}

/** An empty bracket pair holding only a unit (（场）) right after `pos`. */
function unitInBracketsAt(text: string, slots: Slot[], pos: number): Slot | undefined {
	for (const s of slots) if (s.kind === 'empty' && s.open && s.unit !== '' && s.start >= pos && text.slice(pos, s.start).trim() === '') return s;
	return undefined;
}

const OPENS_WITH_BRACKET = /^[\s\u3000]*[（(［[]/;

/**
 * Every slot of one clause, bracketed or bare, in order. A clause is cut into slots by several readers
 * (its segment's checks, the clause, its label): the slots of the last few thousand texts are
 * remembered, and every caller gets copies of its own.
 */
export function findSlots(text: string): Slot[] {
	let slots = slotsOf.get(text);
	if (slots === undefined) {
		if (slotsOf.size > 4096) slotsOf.clear();
		slotsOf.set(text, (slots = slotsIn(text)));
	}
	return slots.map((s) => ({ ...s }));
}
const slotsOf = new Map<string, Slot[]>();

function slotsIn(text: string): Slot[] {
	const slots: Slot[] = [];
	const covered: [number, number][] = [];
	// （三）开展…: a section number opening the clause is text, no slot.
	const section = OPENS_WITH_BRACKET.test(text) ? bracketedSectionNumber(text, (p) => unitAfter(text, p).unit !== '') : 0;
	if (section > 0) covered.push([0, section]);
	for (let i = section; i < text.length; i++) {
		if (!isOpen(text.charCodeAt(i))) continue;
		const j = closingBracket(text, i);
		if (j < 0) break;
		const raw = text.slice(i + 1, j);
		const nested = /[（()）〔〕［］[\]]/.test(raw);
		const c = nested ? { kind: 'text' as const, value: null, approx: false, unit: '' } : readContent(raw);
		// （1200）余人次, （30）多场: 余/多 between the brackets and the unit make the count approximate.
		const approxAfter = c.kind === 'number' && !c.unit ? APPROX_AFTER.exec(text.slice(j + 1)) : null;
		const after = unitAfter(text, j + 1 + (approxAfter ? approxAfter[0].length : 0));
		if (approxAfter && !after.unit) after.end = j + 1;
		// 场次（4） 人次（310）: a count whose measure is the noun right before it; a unit after it that opens
		// the next field (人次（310）) is that field's, not this count's.
		const named = c.kind === 'number' && !c.unit && (!after.unit || NEXT_FIELD.test(text.slice(after.end, after.end + 3))) ? measureNamedBefore(text, i) : '';
		// …否 （2）是否做好…: a number opening the next question is its numbering, never a count.
		if (c.kind === 'number' && !c.unit && !after.unit && !named && QUESTION_AFTER.test(text.slice(j + 1, j + 4))) {
			covered.push([i, j + 1]);
			i = j;
			continue;
		}
		if (named && after.unit) {
			after.unit = '';
			after.end = j + 1;
		}
		slots.push({
			kind: c.kind,
			start: i,
			end: j + 1,
			open: text[i],
			close: text[j],
			raw,
			value: c.value,
			approx: c.approx || (approxAfter !== null && after.unit !== ''),
			unit: c.unit || after.unit || named,
			unitEnd: c.unit ? j + 1 : after.end,
			...(named ? { unitBefore: true } : {})
		});
		covered.push([i, j + 1]);
		i = j;
	}
	// An exec loop, not matchAll (which copies the expression at each call: every clause of every form).
	BARE_NUMBER.lastIndex = 0;
	for (let m = BARE_NUMBER.exec(text); m !== null; m = BARE_NUMBER.exec(text)) {
		if (m[0] === '') BARE_NUMBER.lastIndex++;
		const start = m.index;
		const end = start + m[0].length;
		if (inGroup(covered, start)) continue;
		// The character before and after the match only (a regex on the whole prefix costs O(n) per match).
		const before = start > 0 ? text[start - 1] : '';
		const isDigit = /[0-9０-９]/.test(m[0]);
		// Part of a longer number or code (12350举报, 6·16), or a word like 统一/第一.
		if (/[0-9０-９.．·•]$/.test(before)) continue;
		if (!isDigit && NOT_COUNT_BEFORE.test(before)) continue;
		if (/^[0-9０-９]/.test(text.charAt(end))) continue;
		const unit = unitAfter(text, end);
		// 场次：4, 参演人次 200: the measure named before the number; in 场次 13 人次 1020 the 人次 after 13 opens the next field.
		const named = !unit.unit || NEXT_FIELD.test(text.slice(unit.end, unit.end + 3)) ? measureBefore(text, start, end) : null;
		if (named) {
			slots.push({ kind: 'number', start, end, open: '', close: '', raw: m[0], value: named.value, approx: named.approx, unit: named.unit, unitEnd: end, unitBefore: true });
			continue;
		}
		if (!unit.unit) {
			// 演练5（场）: the unit put in brackets after the number; the bracket held no count of its own.
			const bracket = unitInBracketsAt(text, slots, end);
			const n = bracket ? parseNumber(m[0].replace(/[【】]/g, '')) : null;
			if (bracket && n) Object.assign(bracket, { kind: 'number', start, raw: text.slice(start, bracket.end), value: n.value, approx: n.approx, unitEnd: bracket.end });
			continue;
		}
		if (isWordNotCount(text, m[0], before, unit)) continue;
		if (IS_ZERO_WORD.test(m[0]) && !ZERO_UNIT_END.test(text.slice(unit.end))) continue;
		const n = parseNumber(m[0].replace(/[【】]/g, ''));
		if (!n) continue;
		// 以（）2场: a filler who wrote the number after the empty brackets filled that slot.
		const prev = emptySlotBefore(text, slots, start);
		if (prev) {
			prev.kind = 'number';
			prev.end = end;
			prev.raw = text.slice(prev.start, end);
			prev.value = n.value;
			prev.approx = n.approx;
			prev.unit = unit.unit;
			prev.unitEnd = unit.end;
			continue;
		}
		// ＿38＿人次, __5__场: the printed blank around the number is the slot's, not words of the label.
		let from = start;
		while (from > 0 && /[_＿]/.test(text[from - 1])) from--;
		const to = from < start ? unit.end - unit.unit.length : end;
		slots.push({ kind: 'number', start: from, end: to, open: '', close: '', raw: m[0], value: n.value, approx: n.approx, unit: unit.unit, unitEnd: unit.end });
	}
	return slots.sort((a, b) => a.start - b.start);
}

/** A measure written as a noun before its number (场次：4, 参演人次 200, 参与人数：(200)); 人数 and 人员 count 人. */
const MEASURE_NOUN_BEFORE = /(场次|人次|人数|次数|场数|篇数|期数|条数|件数|个数|户数|家数|人员数?)[)）]?[\s\u3000]*[：:]?[\s\u3000]*$/;
/** What may follow such a number: the clause's end, a separator, a closing bracket or a space before the next field. */
const FIELD_END = /^(?:[\s\u3000]*(?:$|[，,；;。、)）])|[\s\u3000]+)/;

const QUESTION_AFTER = /^[\s\u3000]*是否/;

/** What opens a field's number after its measure noun: 人次（310）, 人次：310. */
const NEXT_FIELD = /^[\s\u3000]*[：:（(［[【0-9０-９]/;

/** The unit a measure noun right before `start` names (场次： → 场次, 人数 → 人), or ''. */
function measureNamedBefore(text: string, start: number): string {
	const m = MEASURE_NOUN_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
	if (!m) return '';
	return /^人(?:数|员)/.test(m[1]) ? '人' : m[1].replace(/数$/, '');
}

function measureBefore(text: string, start: number, end: number): { unit: string; value: number; approx: boolean } | null {
	if (!FIELD_END.test(text.slice(end, end + 3))) return null;
	const unit = measureNamedBefore(text, start);
	const n = unit ? parseNumber(text.slice(start, end).replace(/[【】]/g, '')) : null;
	if (!n) return null;
	return { unit, ...n };
}

/** Same as `findSlots(text).length > 0`, cheaper: any closed bracket pair is a slot. */
export function hasSlot(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (isOpen(text.charCodeAt(i))) return closingBracket(text, i) >= 0 || findSlots(text).length > 0;
	return findSlots(text).length > 0;
}
