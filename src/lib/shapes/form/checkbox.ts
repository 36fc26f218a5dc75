/**
 * Yes/no boxes in a 进展情况 cell: the template's □是□否 comes back as
 * ☑是□否, √是□否, ■是□否, □是√否, 是（√）否（）, 是（）、否（√）, √是, 是√, 是（√）,
 * or a plain 是/否 (or a lone √, ✔ / ×) after the question's colon — several questions may run
 * together in one line (…重点工作：是是否已建立…：否).
 */
import { matchesOf } from '../../base/matches';

export const BOX = '□☐▢◻';
export const MARK = '☑✓√■✔☒✅▣☒◼';
const ANY = `[${BOX}${MARK}]`;

export interface Checkbox {
	/** Offsets of the answer in the segment text. */
	start: number;
	end: number;
	/** 1 for 是, 0 for 否, null for an untouched box, 'both' when both are ticked. */
	answer: 1 | 0 | null | 'both';
	/** The answer written back as the untouched template (☑是□否 → □是□否). */
	blank: string;
}

// Box before each option: □是□否, ☑是 □否, √是□否 (the mark replacing the box).
const BEFORE = new RegExp(`(${ANY})[\\s\\u3000]*是[\\s\\u3000、，,/]*(${ANY})[\\s\\u3000]*否`, 'g');
// Box after each option: 是□否☑.
const AFTER = new RegExp(`是[\\s\\u3000]*(${ANY})[\\s\\u3000、，,/]*否[\\s\\u3000]*(${ANY})`, 'g');
// Brackets after each option: 是（√）否（）, 是（）、否（√）.
const BRACKETS = new RegExp(
	`是[\\s\\u3000]*[（(][\\s\\u3000]*([${MARK}]?)[\\s\\u3000]*[)）][\\s\\u3000、，,/]*否[\\s\\u3000]*[（(][\\s\\u3000]*([${MARK}]?)[\\s\\u3000]*[)）]`,
	'g'
);
// A mark written right after 是 (or in brackets after it), 否 left bare: 是√否, 是 ☑ 否, 是（√） 否.
// The mark is 是's, not the 否's after it (that one would have its own mark or box after 否).
const MARK_AFTER_YES = new RegExp(
	`是[\\s\\u3000]*(?:[${MARK}]|[（(][\\s\\u3000]*[${MARK}][\\s\\u3000]*[)）])[\\s\\u3000、，,/]*否(?![\\s\\u3000]*[${BOX}${MARK}（(])`,
	'g'
);
// One option kept with its mark: √是 (the filler deleted □否).
/** The marks, and the marks with spaces, a checkbox's blank form leaves out (made once, not per box). */
const MARKS = new RegExp(`[${MARK}]`, 'g');
const MARKS_AND_SPACES = new RegExp(`[${MARK}\\s\\u3000]`, 'g');
const SINGLE = new RegExp(`([${MARK}])[\\s\\u3000]*(是|否)(?!否)`, 'g');
// One option with its mark after it: 是√, 否✔, 是（√）; never the 否 of a question's 是否.
const SINGLE_AFTER = new RegExp(`(是|(?<!是)否)[\\s\\u3000]*(?:[${MARK}]|[（(][\\s\\u3000]*[${MARK}][\\s\\u3000]*[)）])`, 'g');

const isMark = (c: string) => MARK.includes(c);

function answerOf(yes: boolean, no: boolean): Checkbox['answer'] {
	if (yes && no) return 'both';
	if (yes) return 1;
	if (no) return 0;
	return null;
}

type Found = RegExpExecArray;
const YES_NO_BLANK = '□是□否';

/** The patterns in the order they claim text (a later one never takes what an earlier took), each with its answer and its blank as printed. */
const KINDS: [RegExp, (m: Found) => Checkbox['answer'], (m: Found) => string][] = [
	[BEFORE, (m) => answerOf(isMark(m[1]), isMark(m[2])), (m) => m[0].replace(MARKS, '□')],
	[AFTER, (m) => answerOf(isMark(m[1]), isMark(m[2])), (m) => m[0].replace(MARKS, '□')],
	[BRACKETS, (m) => answerOf(m[1] !== '', m[2] !== ''), (m) => m[0].replace(MARKS_AND_SPACES, '')],
	[MARK_AFTER_YES, () => 1, () => YES_NO_BLANK],
	[SINGLE, (m) => (m[2] === '是' ? 1 : 0), () => YES_NO_BLANK],
	[SINGLE_AFTER, (m) => (m[1] === '是' ? 1 : 0), () => YES_NO_BLANK]
];

/** Every checkbox in a piece of text, in order, never overlapping. */
export function findCheckboxes(text: string): Checkbox[] {
	// Every pattern holds 是 or 否: most clauses have neither, and skip the scans.
	if (!text.includes('是') && !text.includes('否')) return [];
	const found: Checkbox[] = [];
	const taken = (a: number, b: number) => found.some((f) => a < f.end && b > f.start);
	for (const [re, answer, blank] of KINDS)
		for (const m of matchesOf(re, text)) {
			const start = m.index ?? 0;
			if (taken(start, start + m[0].length)) continue;
			found.push({ start, end: start + m[0].length, answer: answer(m), blank: blank(m) });
		}
	return found.sort((a, b) => a.start - b.start);
}

/** A lone tick after a question's colon answers 是 (…统筹推进：√); a lone cross answers 否. */
const LONE = `[${MARK}×✗✘]`;
/** Words answering a question after its colon: 已落实/已完成 and 有 say yes, 未落实/暂未/没有/无 say no; Y/N too. */
const WORD_AFTER_COLON = `${LONE}|已[\\u4e00-\\u9fa5]{0,3}|暂?未[\\u4e00-\\u9fa5]{0,3}|没有|有|无|[YyNn](?![A-Za-z])`;
const answerWord = (w: string): 1 | 0 => (w === '是' || MARK.includes(w) || /^(?:已|有|[Yy])/.test(w) ? 1 : 0);

const NUMBERING = '[0-9０-９一二三四五六七八九十]+[.．、)）]|[（(][0-9０-９一二三四五六七八九十]+[)）]';
/**
 * 是 or 否 right after a question's colon (or a space), then the end, the next question (是否…) or the
 * next number (2.): `…重点工作：是是否已建立…：否`, `1.是否纳入… 是 2.是否建立… 否`. (The lookahead keeps
 * the question word 是否 whole.)
 */
const COLON_ANSWER = new RegExp(`(?:[：:][\\s\\u3000]*(是|否|${WORD_AFTER_COLON})|[\\s\\u3000]+(是|否|${LONE}))(?=[\\s\\u3000。；;，,、]*(?:$|是否|${NUMBERING}))`, 'g');
const LEADING_NUMBER = new RegExp(`^[\\s\\u3000。；;，,、]*(?:${NUMBERING})?[\\s\\u3000]*`);

/**
 * Questions each answered with a plain word after its colon, one after another with
 * or without a break: `1.是否纳入…：是 2.是否建立…：否`. Null unless the answers
 * cover the text to its end.
 */
export function colonAnswers(text: string): { question: string; answer: 1 | 0 }[] | null {
	const out: { question: string; answer: 1 | 0 }[] = [];
	let pos = 0;
	for (const m of matchesOf(COLON_ANSWER, text)) {
		const question = text.slice(pos, m.index).replace(LEADING_NUMBER, '');
		if (question.trim() === '') return null;
		out.push({ question, answer: answerWord(m[1] ?? m[2]) });
		pos = (m.index ?? 0) + m[0].length;
	}
	return out.length > 0 && /^[\s\u3000。；;，,、]*$/.test(text.slice(pos)) ? out : null;
}

const PLAIN_ANSWER = new RegExp(
	`^(.*?)(?:[\\s\\u3000：:]+(是|否)|[\\s\\u3000]*[：:][\\s\\u3000]*(${WORD_AFTER_COLON})|(?<![是否])[\\s\\u3000：:]*[（(][\\s\\u3000]*(是|否)[\\s\\u3000]*[)）])[\\s\\u3000。；;]*$`
);

/**
 * A question answered with a plain word: `…科普平台：是` / `…相结合 否` / `…相结合（是）`.
 * Only for text that asks (是否…) or that the caller knows is a yes/no item.
 */
export function plainAnswer(text: string): { question: string; answer: 1 | 0 } | null {
	const m = PLAIN_ANSWER.exec(text);
	if (!m || m[1].trim() === '') return null;
	return { question: m[1], answer: answerWord(m[2] ?? m[3] ?? m[4]) };
}
