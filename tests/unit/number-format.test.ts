/**
 * number-format.ts gives the very text SheetJS's SSF gives, for every format,
 * over random numbers (large, tiny, negative, halves, fractions of a day, past
 * SSF's last date), in both date systems; where SSF throws, numberText says so
 * (undefined). The formats forms use it writes itself; the rest it hands to
 * SSF. Its date test and built-in table are SSF's.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { BUILTIN_FORMATS, IMPLICIT_FORMATS, formatNumber, formatWrittenHere, generalNumber, isDateFormat, numberText } from '../../src/lib/read/number-format';
import { SSF_THROWS_FORMATS, ZH_CN_FORMATS } from '../fixtures/number-formats';

const ACCEPTED_BEFORE = [
	'General', '0', '0.0', '0.00', '0.0000', '#,##0', '#,##0.0', '#,##0.00', '#,##0.000', '0%', '0.0%', '0.00%', '@', '0.00;@',
	'yyyy-mm-dd', 'yyyy/m/d', 'yyyy"年"m"月"d"日"', 'yyyy"年"m"月"d"日";@', '[$-804]yyyy"年"m"月"d"日"', 'm/d/yy', 'mm-dd-yy', 'd-mmm-yy',
	'd-mmm', 'mmm-yy', 'mmmmm', 'dddd, mmmm dd, yyyy', 'yyyy\\.mm\\.dd', 'DD/MM/YYYY', 'yy"年"m"月"'
];

const FORMATS = [...ZH_CN_FORMATS, ...ACCEPTED_BEFORE, ...Object.values(BUILTIN_FORMATS), ...Object.values(IMPLICIT_FORMATS)];

const DAY = 86400;
const numbers = fc.oneof(
	fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e16, max: 1e16 }),
	fc.double({ noNaN: true, noDefaultInfinity: true, min: -1, max: 1 }),
	fc.integer({ min: -1e9, max: 1e9 }),
	fc.integer({ min: -2e6, max: 2e6 }).map((n) => n / 2),
	fc.integer({ min: -2e7, max: 2e7 }).map((n) => n / 1000 + 0.0005),
	fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 2958470 }),
	// fractions of a day: whole seconds, half seconds, a hair under and over a second
	fc.tuple(fc.integer({ min: 0, max: 60000 }), fc.integer({ min: 0, max: 2 * DAY }), fc.constantFrom(0, 0.5, -1e-9, 1e-9, 0.4999999, 0.9999)).map(([d, s, e]) => d + (s / 2 + e) / DAY),
	fc.constantFrom(0, -0, 0.5, -0.5, 1.005, 2.675, 1e21, 1.5e21, -1e-9, 1e-300, 2 ** 31, -(2 ** 31), 2 ** 32 + 0.5, 60, 61, 59.99999999, 45000.999999999, 2958465, 2958465.99999, 2958466, 0.999999999, 1 / 3, 2 / 3)
);

/** SSF.format's text, or undefined where it throws. */
function ssf(fmt: string, v: number, date1904: boolean): string | undefined {
	try {
		return XLSX.SSF.format(fmt, v, { date1904 });
	} catch {
		return undefined;
	}
}

describe('number formats', () => {
	it('give SSF.format’s text for every listed format, in both date systems', () => {
		fc.assert(
			fc.property(fc.constantFrom(...FORMATS, ...SSF_THROWS_FORMATS), numbers, fc.boolean(), (fmt, v, date1904) => {
				expect(numberText(fmt, v, date1904)).toBe(ssf(fmt, v, date1904));
				const own = formatNumber(fmt, v, date1904);
				if (own !== null) expect(own).toBe(XLSX.SSF.format(fmt, v, { date1904 }));
			}),
			{ numRuns: 30_000 }
		);
	});

	it('cover every listed format (the own reader keeps the file)', () => {
		for (const fmt of FORMATS)
			for (const v of [1234.5, -1234.567, 0, 0.25, 45000.75, 3e7, 1e-7]) {
				const own = formatNumber(fmt, v, false);
				expect(own, `${fmt} ${v}`).not.toBeNull();
				expect(own, `${fmt} ${v}`).toBe(XLSX.SSF.format(fmt, v));
			}
	});

	it('write the formats forms use without SheetJS, and hand the rest to it', () => {
		const here = [
			'General', '@', '0', '0.00', '0.0000', '#,##0', '#,##0.00', '0%', '0.00%', '0_ ', '0.00_ ', '#,##0_ ', '#,##0.00_ ',
			'yyyy"年"m"月"d"日"', 'yyyy"年"m"月"d"日";@', '[$-804]yyyy"年"m"月"d"日"', 'm"月"d"日"', 'yyyy"年"m"月"', 'yyyy-mm-dd', 'yyyy/m/d', 'm/d/yy', 'm/d', 'd-mmm-yy', 'yyyy\\.mm\\.dd'
		];
		for (const fmt of here) expect(formatWrittenHere(fmt), fmt).toBe(true);
		const handedOff = ['h:mm', 'yyyy/m/d h:mm', '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ ', '#,##0_);[Red](#,##0)', '0;-0', '0.00E+00', '# ?/?', '[DBNum1]0', '"¥"#,##0.00', '0"人"', 'G/通用格式', '¥#,##0.00'];
		for (const fmt of handedOff) expect(formatWrittenHere(fmt), fmt).toBe(false);
	});

	it('write what SSF writes, through either path, for formats made at random from the fast paths’ pieces', () => {
		const piece = fc.constantFrom('0', '#,##0', '.', '00', '%', '_ ', '_)', 'y', 'yy', 'yyyy', 'm', 'mm', 'mmm', 'mmmm', 'mmmmm', 'd', 'dd', 'ddd', 'dddd', '"年"', '"月"', '"日"', '\\.', '-', '/', ' ', '[$-804]', ';@', ';', '@', 'General', 'h', ':');
		fc.assert(
			fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), numbers, fc.boolean(), (pieces, v, date1904) => {
				const fmt = pieces.join('');
				expect(numberText(fmt, v, date1904), fmt).toBe(ssf(fmt, v, date1904));
			}),
			{ numRuns: 20_000 }
		);
	});

	it('say where SSF throws', () => {
		for (const fmt of SSF_THROWS_FORMATS) {
			expect(() => XLSX.SSF.format(fmt, 1234.5), fmt).toThrow();
			expect(numberText(fmt, 1234.5, false), fmt).toBeUndefined();
			expect(formatNumber(fmt, 1234.5, false), fmt).toBeNull();
		}
	});

	it('leave values that are not finite to SheetJS', () => {
		for (const v of [NaN, Infinity, -Infinity]) for (const fmt of ['0', 'yyyy-mm-dd', 'General', '0_ ']) expect(numberText(fmt, v, false)).toBeNull();
	});

	it('mirror SSF on formats made at random from its pieces, text or throw', () => {
		const piece = fc.constantFrom(
			'0', '#', '?', '.', ',', '%', 'E+', 'E-', '00', '#,##0', '0.00', '/', ' ', '_ ', '_)', '*', '* ', '\\-', '\\(', '(', ')', '"元"', '"-"', '@', ';',
			'y', 'yy', 'yyyy', 'm', 'mm', 'mmm', 'mmmm', 'd', 'dd', 'ddd', 'dddd', 'h', 'hh', 's', 'ss', ':', '.0', '.00', 'AM/PM', 'A/P', '上午/下午',
			'[h]', '[mm]', '[ss]', '[Red]', '[$¥-804]', '[$-804]', '[<0]', '[>=100]', '[=0]', '[DBNum1]', 'General', 'e', 'b', 'B1', 'B2', 'a', '$', '-', '1', '12'
		);
		fc.assert(
			fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), numbers, fc.boolean(), (pieces, v, date1904) => {
				const fmt = pieces.join('');
				expect(numberText(fmt, v, date1904), fmt).toBe(ssf(fmt, v, date1904));
			}),
			{ numRuns: 30_000 }
		);
	});

	it('General as SheetJS shows a number', () => {
		fc.assert(fc.property(numbers, (v) => {
			expect(generalNumber(v)).toBe(XLSX.SSF.format(0, v));
		}), { numRuns: 5000 });
	});

	it('tell dates as SSF.is_date does, for any format text', () => {
		for (const fmt of [...FORMATS, ...SSF_THROWS_FORMATS, '[Red]0', '"d"0', '\\d0', '[$-F800]dddd', 'B2yyyy', 'A/P', '上午/下午h', '*d0'])
			expect(isDateFormat(fmt), fmt).toBe(XLSX.SSF.is_date(fmt));
		fc.assert(fc.property(fc.string({ maxLength: 12 }), (fmt) => {
			expect(isDateFormat(fmt)).toBe(XLSX.SSF.is_date(fmt));
		}), { numRuns: 5000 });
	});

	it('start from SSF’s built-in table', () => {
		XLSX.read(XLSX.write(XLSX.utils.book_new(XLSX.utils.aoa_to_sheet([[1]])), { bookType: 'xlsx', type: 'array' }), { type: 'array' });
		const table = XLSX.SSF.get_table() as Record<number, string>;
		for (let id = 0; id < 164; id++) expect(BUILTIN_FORMATS[id], String(id)).toBe(table[id]);
	});
});
