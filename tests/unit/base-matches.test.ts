/**
 * matchesOf (src/lib/base/matches.ts) stands in for text.matchAll(re) in the readers' hot loops: it
 * must give the very matches matchAll gives — empty matches, unicode and sticky expressions, groups,
 * a lastIndex left non-zero — and leave the expression as it found it.
 */
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/lib/base/matches';

const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

describe('matchesOf', () => {
	it('gives what matchAll gives and leaves lastIndex as it was', () => {
		const res = [/\d+/g, /[（(][^）)]*[)）]/g, /x*/g, /(?<n>\d)|(?=场)/g, /\p{Script=Han}?/gu, /(?:)/gu, /场/gy, /(?<![合共])计(\d*)/g, /$|^/gm];
		const texts = ['', '开展演练（3）场，参与（120）人次', '计12合计3共计4计', '𠀀a𠀀场', '\n\n场\n', 'xx1x22xxx333', '场场场'];
		for (const re of res)
			for (const text of texts)
				for (const start of [0, 1, 5]) {
					re.lastIndex = start;
					const want = plain(text.matchAll(re));
					expect(re.lastIndex).toBe(start);
					expect(plain(matchesOf(re, text)), `${re} on ${JSON.stringify(text)} from ${start}`).toEqual(want);
					expect(re.lastIndex).toBe(start);
				}
	});

	it('refuses an expression that is not global, as matchAll does', () => {
		expect(() => '12'.matchAll(/\d/)).toThrow(TypeError);
		expect(() => matchesOf(/\d/, '12')).toThrow(TypeError);
	});
});
