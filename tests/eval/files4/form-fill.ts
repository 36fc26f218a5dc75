/**
 * Fills one form item the way a clerk does: every slot of the item's sentence gets a number typed by the file's
 * habits (or is left blank), every yes/no slot an answer; the expected facts are the very values written.
 *
 * An item's text carries its slots in braces: `{drills.events}` a number for a schema metric, `{?发放资料}` a number
 * the schema has no metric for (expected `unmapped`), `{!org.roadmap}` a yes/no answer.
 */
import { typeAnswer, typeNumber, valueOf, type Habit, type Rng } from './model';

export type SlotStyle = 'paren' | 'parenSpace' | 'half' | 'line' | 'lenticular' | 'bare';

export interface Filled {
	text: string;
	facts: { metric: string; label: string; value: number }[];
}

const SLOT = /\{([!?]?)([^}]+)\}/g;
const MEASURE = /^(人次|场次|批次|人|场|次|个|篇|条|处|部|家|期|幅|件|项|份|户|万元|元|%)/;

/** The item as printed on the blank form: every number slot an empty （ ）, every answer □是□否. */
export const blankOf = (item: string) => item.replace(SLOT, (_, kind: string) => (kind === '!' ? '□是□否' : '（ ）'));

const emptySlot = (style: SlotStyle) => ({ paren: '（ ）', parenSpace: '（  ）', half: '(  )', line: '____', lenticular: '【 】', bare: '（ ）' })[style];
const wrap = (style: SlotStyle, s: string) => ({ paren: `（${s}）`, parenSpace: `（ ${s} ）`, half: `(${s})`, line: `__${s}__`, lenticular: `【${s}】`, bare: s })[style];

export function fillItem(r: Rng, item: string, style: SlotStyle, habit: Habit, answerStyle: number): Filled {
	const facts: Filled['facts'] = [];
	const label = blankOf(item);
	let out = '';
	let last = 0;
	const parts = [...item.matchAll(SLOT)];
	for (const m of parts) {
		const [whole, kind, id] = m;
		let before = item.slice(last, m.index);
		if (out.endsWith('\u0000')) {
			// the measure word was written inside the previous slot's brackets
			out = out.slice(0, -1);
			before = before.replace(MEASURE, '');
		}
		out += before;
		last = m.index! + whole.length;
		if (kind === '!') {
			const a = typeAnswer(r, answerStyle);
			out += a.text;
			if (a.value !== null) facts.push({ metric: id, label, value: a.value });
			continue;
		}
		const metric = kind === '?' ? '' : id;
		const typed = typeNumber(r, valueOf(r, metric, kind === '?' ? id + (item.slice(last).match(MEASURE)?.[0] ?? '') : ''), habit);
		if (typed.value === null) {
			out += emptySlot(style);
			continue;
		}
		if (style === 'bare' && typed.text === '无') typed.text = '0';
		const measure = item.slice(last).match(MEASURE)?.[0];
		if (measure && (style === 'paren' || style === 'parenSpace') && r.chance(0.12)) {
			out += wrap(style, typed.text + measure) + '\u0000';
		} else out += wrap(style, typed.text);
		facts.push({ metric, label: kind === '?' ? `${id}（${measure ?? ''}）` : label, value: typed.value });
	}
	let tail = item.slice(last);
	if (out.endsWith('\u0000')) {
		out = out.slice(0, -1);
		tail = tail.replace(MEASURE, '');
	}
	return { text: out + tail, facts };
}

/** Every slot of an item in order, for layouts with a cell per number (label, measure word, slot). */
export function slotsOf(item: string): { kind: '' | '?' | '!'; id: string; before: string; measure: string }[] {
	const out: { kind: '' | '?' | '!'; id: string; before: string; measure: string }[] = [];
	let last = 0;
	for (const m of item.matchAll(SLOT)) {
		const after = item.slice(m.index! + m[0].length);
		out.push({ kind: m[1] as '' | '?' | '!', id: m[2], before: item.slice(last, m.index).replace(MEASURE, '').replace(/^[，、；：,\s]+/, ''), measure: after.match(MEASURE)?.[0] ?? '' });
		last = m.index! + m[0].length;
	}
	return out;
}
