/**
 * Line breaks inside a 进展情况 cell: typed by the filler (Alt+Enter), the paragraphs of a Word
 * table cell, or lines pasted from elsewhere. Which of them end a sentence and which only wrap one.
 */
import { BOX, MARK } from './checkbox';
import { LEANING_LINE_START } from './participation';
import { startsWithSection } from '../../base/outline-number';
import { findSlots, hasSlot, UNIT_WORDS } from './slots';

/** Clause separators and open brackets: a line break after one of them is only the cell wrapping (Alt+Enter). */
const CONTINUES = /[，,、：:（(【]$/;
/** A next line that starts with a unit (参与（45）⏎人次): the number before the break is its own — not a measure named as a field (⏎人次：120). */
const STARTS_WITH_UNIT = new RegExp(`^(?!(?:${UNIT_WORDS.join('|')})[\\s\\u3000]*[：:数])(?:${UNIT_WORDS.join('|')})`);
/** A next line that is the answer to the question before it (…电视专题片⏎☑是□否). */
const STARTS_WITH_BOX = new RegExp(`^(?:[${BOX}${MARK}]|是[\\s\\u3000]*[（(${BOX}${MARK}])`);

/**
 * Line breaks as a filler types them (Alt+Enter) inside one sentence: a break
 * after ，or an open bracket, or before a unit, is no boundary at all; a break
 * before a checkbox leaves the box with its question; a break before 参与…
 * (any verb of taking part: …（2）场⏎参演（60）人次) makes a clause of the same sentence (written as ，); any other break still
 * ends the sentence.
 */
export function softenLineBreaks(text: string): string {
	if (!text.includes('\n') && !text.includes('\r')) return text;
	const lines = text.split(/\r\n|\r|\n/);
	let out = lines[0];
	for (let k = 1; k < lines.length; k++) {
		const prev = out.replace(/[\s\u3000]+$/, '');
		const next = lines[k].replace(/^[\s\u3000]+/, '');
		if (prev === '' || next === '') out = prev + '\n' + next;
		else if (CONTINUES.test(prev) || /^[，,、）)】]/.test(next) || (STARTS_WITH_UNIT.test(next) && /[）)】0-9０-９]$/.test(prev))) out = prev + next;
		else if (STARTS_WITH_BOX.test(next) && !/[；;。]$/.test(prev)) out = prev + ' ' + next;
		else if (LEANING_LINE_START.test(next) && !/[；;。]$/.test(prev)) out = prev + '，' + next;
		else out = prev + joinWordLines(prev, next) + next;
	}
	return out;
}

/** What a slot opens with: a bracket, a printed blank, a digit or numeral, 约/近/共/上. */
const MAY_START_WITH_SLOT = /^[（(〔［[【_＿0-9０-９零〇一二两三四五六七八九十百千约近共上]/;
/** A line ending with a slot and its unit: the next line's slot starts a clause of its own. */
const SLOT_THEN_UNIT_AT_END = new RegExp(`[）)〕］\\]】0-9０-９零〇一二两三四五六七八九十百千万余多][\\s\\u3000_＿]*(?:${UNIT_WORDS.join('|')})$`);
/** Sentence ends, and what a line holding a question or its answer has in it. */
const ENDS_SENTENCE = /[；;。！!？?：:]$/;
const QUESTION_OR_ANSWER = new RegExp(`是否|[${BOX}${MARK}]|^[是否][\\s\\u3000]*$`);

/**
 * Paragraphs of a Word cell (or pasted lines) that cut one clause: a line opening with a slot
 * (开展应急演练⏎（3）场) goes on the line before — as a clause of its own after a slot that ended it
 * (…（4）场⏎（300）人次) —, and a line of words without slot or sentence end (开展灾害避险逃生⏎自救互救演练（3）场)
 * goes on into the next. A section number (（二）, 2.) or a question starts a new item.
 */
function joinWordLines(prev: string, next: string): string {
	if (startsWithSection(next) || ENDS_SENTENCE.test(prev)) return '\n';
	// The line as joined so far (the text before it was cut at a break kept).
	const line = prev.slice(prev.lastIndexOf('\n') + 1);
	const first = MAY_START_WITH_SLOT.test(next) ? findSlots(next)[0] : undefined;
	if (first && first.kind !== 'text' && first.unit !== '' && next.slice(0, first.start).trim() === '') return SLOT_THEN_UNIT_AT_END.test(line) ? '，' : '';
	if (QUESTION_OR_ANSWER.test(line) || QUESTION_OR_ANSWER.test(next) || startsWithSection(line)) return '\n';
	return hasSlot(line) ? '\n' : '';
}
