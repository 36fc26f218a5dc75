/**
 * Property tests (fast-check) on arbitrary input: the label matcher, the CSV
 * decoder and reader, unit-name normalization. No exception escapes but the
 * documented FileError; huge inputs stay fast; invisible characters change
 * nothing. (Number parser properties are in numbers.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchMetric } from '../../src/lib/schema/match';
import { METRICS } from '../../src/lib/schema/metrics';
import { decodeText, readCsv } from '../../src/lib/read/csv';
import { readWorkbook } from '../../src/lib/read/index';
import { normalizeUnit } from '../../src/lib/facts/unit';
import { FileError } from '../../src/lib/base/problem';

const METRIC_IDS = new Set(METRICS.map((m) => m.id));
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u2060', '\u061c', '\u00ad', '\ufeff', ' ', '\u3000', '\u00a0'];

/** Strings as fillers (and attackers) type them: CJK, full-width, brackets, digits, markup, emoji, lone surrogates. */
const labelChars = fc.oneof(
	fc.constantFrom(...'参与人次场次排查隐患个篇宣传咨询日应急演练安全生产月（）()【】、，：:约余万千0123456789０１２<>"=/'.split('')),
	fc.constantFrom(...INVISIBLE, '🚒', '👩‍🚒', '\ud800', '\udfff'),
	fc.string({ unit: 'binary', maxLength: 3 })
);
const label = fc.array(labelChars, { maxLength: 60 }).map((a) => a.join(''));

describe('matchMetric on arbitrary labels', () => {
	it('never throws; returns null or a known metric with a confidence in [0, 1]', () => {
		fc.assert(
			fc.property(label, label, (l, ctx) => {
				const m = matchMetric(l, ctx);
				if (m === null) return;
				expect(METRIC_IDS.has(m.metricId)).toBe(true);
				expect(m.confidence).toBeGreaterThanOrEqual(0);
				expect(m.confidence).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 2000 }
		);
	});

	it('handles arbitrary unicode strings too', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 50 }), (l, ctx) => void matchMetric(l, ctx)), { numRuns: 1000 });
	});

	it("huge labels (100,000 characters) come back (no runaway pattern: the test's time bound catches one)", () => {
		const huge = ['参与（人次）'.repeat(16_000), '（'.repeat(100_000), '1'.repeat(100_000), '安'.repeat(100_000), '约'.repeat(50_000) + '人次'];
		for (const l of huge) {
			const m = matchMetric(l, l.slice(0, 1000));
			expect(m === null || METRIC_IDS.has(m.metricId)).toBe(true);
		}
	});
});

describe('CSV decoding and reading on arbitrary bytes', () => {
	it('decodeText / readCsv throw nothing but FileError (csv.encoding)', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
				for (const f of [() => decodeText(bytes), () => readCsv(bytes, 'x.csv')])
					try {
						f();
					} catch (e) {
						expect(e).toBeInstanceOf(FileError);
						expect((e as FileError).code).toBe('csv.encoding');
					}
			}),
			{ numRuns: 2000 }
		);
	});

	it('what decodes as UTF-8 comes back unchanged', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
				const bytes = new TextEncoder().encode(s);
				if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return; // a BOM is dropped
				expect(decodeText(bytes).text).toBe(s);
			})
		);
	});

	it('readWorkbook on arbitrary bytes under any spreadsheet name throws only FileError', () => {
		const head = fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0x25, 0x50, 0x44, 0x46, 0x2d], [0x3c]);
		fc.assert(
			fc.property(head, fc.uint8Array({ maxLength: 600 }), fc.constantFrom('a.xlsx', 'a.xls', 'a.csv', 'a.txt', 'a'), (h, rest, name) => {
				const bytes = new Uint8Array([...h, ...rest]);
				try {
					readWorkbook(bytes, name);
				} catch (e) {
					expect(e, String(e)).toBeInstanceOf(FileError);
				}
			}),
			{ numRuns: 1500 }
		);
	});
});

describe('normalizeUnit', () => {
	const name = fc.array(fc.oneof(fc.constantFrom(...'柔远镇太白华池县应急管理局（盖章）()AB12 '.split('')), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 30 }).map((a) => a.join(''));

	it('is idempotent', () => {
		fc.assert(
			fc.property(name, (s) => {
				expect(normalizeUnit(normalizeUnit(s))).toBe(normalizeUnit(s));
			}),
			{ numRuns: 5000 }
		);
		// The stamp note split by another one: removed in one pass too.
		expect(normalizeUnit('柔远镇（盖（盖章）章）')).toBe(normalizeUnit(normalizeUnit('柔远镇（盖（盖章）章）')));
	});

	it('invisible characters anywhere do not change the result', () => {
		fc.assert(
			fc.property(name, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 8 }), (s, inserts) => {
				const chars = [...s];
				for (const [at, ch] of inserts) chars.splice(at % (chars.length + 1), 0, ch);
				const noisy = chars.join('');
				expect(normalizeUnit(noisy)).toBe(normalizeUnit(s));
			}),
			{ numRuns: 2000 }
		);
	});
});
