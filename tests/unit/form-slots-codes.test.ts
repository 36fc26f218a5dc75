/**
 * The forms reader's character loops compare character codes (src/lib/shapes/form/slots.ts): the
 * brackets they know must be exactly the ones listed, and splitting a cell must give what the loop
 * over one-character strings it replaced gave (that loop is kept here as the reference).
 */
import { describe, expect, it } from 'vitest';
import { CLAUSE_SEPS, isClose, isOpen, SEGMENT_SEPS, splitOutsideBrackets, UNIT_WORDS } from '../../src/lib/shapes/form/slots';

const OPEN = '（(〔［[';
const CLOSE = '）)〕］]';

/** The replaced loops, over one-character strings with String.includes. */
const isDigit = (c: string | undefined) => c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
const UNIT_THEN_END = new RegExp(`^[\\s\\u3000]*(?:${UNIT_WORDS.join('|')})[\\s\\u3000]*(?:$|[，,；;。、])`);

function referenceThousands(text: string, i: number): boolean {
	const ch = text[i];
	if (ch !== ',' && ch !== '，') return false;
	if (!isDigit(text[i + 1]) || !isDigit(text[i + 2]) || !isDigit(text[i + 3]) || isDigit(text[i + 4])) return false;
	let k = i - 1;
	while (k >= 0 && isDigit(text[k])) k--;
	const before = i - 1 - k;
	if (before < 1 || before > 3) return false;
	return ch === ',' || UNIT_THEN_END.test(text.slice(i + 4));
}

function referenceSplit(text: string, seps: string): { text: string; sep: string }[] {
	const out: { text: string; sep: string }[] = [];
	let depth = 0;
	let title = 0;
	let start = 0;
	let sep = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (OPEN.includes(ch)) depth++;
		else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
		else if (ch === '《') title++;
		else if (ch === '》') title = Math.max(0, title - 1);
		else if (depth === 0 && title === 0 && seps.includes(ch) && !referenceThousands(text, i)) {
			out.push({ text: text.slice(start, i), sep });
			sep = ch;
			start = i + 1;
		}
	}
	out.push({ text: text.slice(start), sep });
	return out;
}

describe('the forms reader’s character loops', () => {
	it('know exactly the listed brackets, by code', () => {
		for (let c = 0; c < 0x10000; c++) {
			const ch = String.fromCharCode(c);
			expect(isOpen(c), ch).toBe(OPEN.includes(ch));
			expect(isClose(c), ch).toBe(CLOSE.includes(ch));
		}
	});

	it('split cells as the loop over one-character strings did', () => {
		const alphabet = ['（', '）', '(', ')', '〔', '〕', '［', '］', '[', ']', '《', '》', '，', ',', '；', ';', '。', '\n', '\r', '1', '2', '300', '1,200', '1，200', '０', '９', '开展', '演练', '场', '人次', ' ', '、', '“', '”', '𠀀'];
		let seed = 17;
		const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
		let split = 0;
		for (let n = 0; n < 4000; n++) {
			let text = '';
			const len = Math.floor(rnd() * 30);
			for (let k = 0; k < len; k++) text += alphabet[Math.floor(rnd() * alphabet.length)];
			for (const seps of [CLAUSE_SEPS, SEGMENT_SEPS]) {
				const got = splitOutsideBrackets(text, seps);
				expect(got, JSON.stringify(text)).toEqual(referenceSplit(text, seps));
				if (got.length > 1) split++;
			}
		}
		expect(split).toBeGreaterThan(1000);
	});
});
