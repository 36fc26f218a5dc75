/**
 * number-format.ts gives the very text SheetJS's SSF gives, for every format
 * it accepts, over random numbers (large, tiny, negative, halves), in both
 * date systems; its date test and built-in table are SSF's.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { BUILTIN_FORMATS, formatNumber, generalNumber, isDateFormat } from '../../src/lib/read/number-format';

const ACCEPTED = [
	'General', '0', '0.0', '0.00', '0.0000', '#,##0', '#,##0.0', '#,##0.00', '#,##0.000', '0%', '0.0%', '0.00%', '@', '0.00;@',
	'yyyy-mm-dd', 'yyyy/m/d', 'yyyy"年"m"月"d"日"', 'yyyy"年"m"月"d"日";@', '[$-804]yyyy"年"m"月"d"日"', 'm/d/yy', 'mm-dd-yy', 'd-mmm-yy',
	'd-mmm', 'mmm-yy', 'mmmmm', 'dddd, mmmm dd, yyyy', 'yyyy\\.mm\\.dd', 'DD/MM/YYYY', 'yy"年"m"月"'
];
const REJECTED = ['0.00_ ', '#,##0.00_);[Red](#,##0.00)', 'h:mm', 'yyyy-mm-dd hh:mm:ss', '# ?/?', '0.00E+00', '[>100]0;0', '"$"#,##0', '0;-0', '[h]:mm', 'yyyy.mm.dd'];

const numbers = fc.oneof(
	fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e16, max: 1e16 }),
	fc.double({ noNaN: true, noDefaultInfinity: true, min: -1, max: 1 }),
	fc.integer({ min: -1e9, max: 1e9 }),
	fc.integer({ min: -2e6, max: 2e6 }).map((n) => n / 2),
	fc.integer({ min: -2e7, max: 2e7 }).map((n) => n / 1000 + 0.0005),
	fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 2958466 }),
	fc.constantFrom(0, -0, 0.5, -0.5, 1.005, 2.675, 1e21, 1.5e21, -1e-9, 1e-300, 2 ** 31, -(2 ** 31), 2 ** 32 + 0.5, 60, 61, 59.99999999, 45000.999999999)
);

describe('number formats', () => {
	it('give SSF.format’s text for every accepted format, in both date systems', () => {
		fc.assert(
			fc.property(fc.constantFrom(...ACCEPTED), numbers, fc.boolean(), (fmt, v, date1904) => {
				const own = formatNumber(fmt, v, date1904);
				// null: a value the formatter leaves to SheetJS (an exponent where a fixed pattern places digits).
				if (own !== null) expect(own).toBe(XLSX.SSF.format(fmt, v, { date1904 }));
			}),
			{ numRuns: 20_000 }
		);
		for (const fmt of ACCEPTED) expect(formatNumber(fmt, 1234.5, false), fmt).not.toBeNull();
		for (const fmt of REJECTED) expect(formatNumber(fmt, 1234.5, false), fmt).toBeNull();
	});

	it('General as SheetJS shows a number', () => {
		fc.assert(fc.property(numbers, (v) => {
			expect(generalNumber(v)).toBe(XLSX.SSF.format(0, v));
		}), { numRuns: 5000 });
	});

	it('tell dates as SSF.is_date does, for any format text', () => {
		for (const fmt of [...ACCEPTED, ...REJECTED, ...Object.values(BUILTIN_FORMATS), '[Red]0', '"d"0', '\\d0', '[$-F800]dddd', 'B2yyyy', 'A/P', '上午/下午h', '*d0'])
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
