import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber } from '../../src/lib/shapes/numbers';
import { parseChineseNumeral } from '../../src/lib/base/numerals';

describe('parseNumber: table', () => {
	it.each([
		['12', 12, false],
		['１２', 12, false],
		['19,836', 19836, false],
		['１９，８３６', 19836, false],
		[' 2 ', 2, false],
		['\n3\n', 3, false],
		['1 2', 12, false],
		['1.5', 1.5, false],
		['0', 0, false],
		['零', 0, false],
		['无', 0, false],
		['没有', 0, false],
		['暂无', 0, false],
		['约200', 200, true],
		['大约200', 200, true],
		['近200', 200, true],
		['200余', 200, true],
		['300多', 300, true],
		['1200多', 1200, true],
		['200左右', 200, true],
		['200+', 200, true],
		['200余人次', 200, true],
		['200人左右', 200, true],
		['十余', 10, true],
		['二十多', 20, true],
		['1.2万', 12000, false],
		['3万余', 30000, true],
		['约1.2万人次', 12000, true],
		['12场', 12, false],
		['45人次', 45, false],
		['3个', 3, false],
		['（3）', 3, false],
		['( 3 )', 3, false],
		['（１２）', 12, false],
		['三', 3, false],
		['十二', 12, false],
		['一百一十二', 112, false],
		['两', 2, false],
		['两篇', 2, false],
		['五十七', 57, false],
		['五十七人次', 57, false],
		['一千零五', 1005, false],
		['三万二千', 32000, false],
		['共12场', 12, false],
		['-3', -3, false],
		['－3', -3, false]
	])('%j → %d (approx %s)', (raw, value, approx) => {
		expect(parseNumber(raw)).toEqual({ value, approx });
	});

	it.each([
		'',
		' ',
		'\n',
		'/',
		'-',
		'—',
		'——',
		'是',
		'否',
		'☑是□否',
		'暂无数据', // "no data": the figure is missing, not zero
		'3场45人', // two numbers: the caller splits clauses first
		'4次，参与31人次',
		'2020.6.30',
		'2021年6月24日',
		'6月8日',
		'2021-06-24',
		'现场启动仪式、签名承诺',
		'1,2',
		'十十',
		'abc'
	])('%j → null', (raw) => {
		expect(parseNumber(raw)).toBeNull();
	});
});

describe('parseChineseNumeral', () => {
	it.each([
		['零', 0],
		['三', 3],
		['十', 10],
		['十二', 12],
		['两', 2],
		['五十七', 57],
		['一百一十二', 112],
		['一百零八', 108],
		['一千零五', 1005],
		['一万零五十', 10050],
		['二〇二一', 2021]
	])('%s → %d', (s, n) => {
		expect(parseChineseNumeral(s)).toBe(n);
	});

	it.each(['', '百三', '三百二千', '万', '一二十', 'x'])('%j → null', (s) => {
		expect(parseChineseNumeral(s)).toBeNull();
	});
});

/** Test-only: a non-negative integer < 100000 in standard Chinese numerals (十二, 一百零八, 一万零五十). */
function toChinese(n: number): string {
	const D = '零一二三四五六七八九';
	const U = ['', '十', '百', '千'];
	const section = (x: number, leading: boolean): string => {
		let s = '';
		let zero = false;
		for (let i = 3; i >= 0; i--) {
			const d = Math.floor(x / 10 ** i) % 10;
			if (d === 0) {
				if (s !== '') zero = true;
				continue;
			}
			if (zero) {
				s += '零';
				zero = false;
			}
			if (!(leading && s === '' && i === 1 && d === 1)) s += D[d];
			s += U[i];
		}
		return s;
	};
	if (n === 0) return '零';
	if (n < 10000) return section(n, true);
	const high = Math.floor(n / 10000);
	const low = n % 10000;
	return section(high, true) + '万' + (low === 0 ? '' : (low < 1000 ? '零' : '') + section(low, false));
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

describe('parseNumber: properties', () => {
	it('never throws on arbitrary strings', () => {
		for (const unit of ['grapheme', 'binary', 'grapheme-composite'] as const)
			fc.assert(
				fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
					parseNumber(s);
				}),
				{ numRuns: 2000 }
			);
		fc.assert(fc.property(fc.string(), (s) => void parseNumber(s)), { numRuns: 2000 });
	});

	it('never returns a value for a string without a digit, a Chinese numeral or 无/没有', () => {
		const noNumber = (s: string) => !/[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]|无|没有/.test(s.normalize('NFKC'));
		const arb = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 30 }),
			fc.string({ unit: fc.constantFrom(...'约余多左右场次人个篇（）() /-—+，,.是否□☑√ab'), maxLength: 12 })
		);
		fc.assert(
			fc.property(arb.filter(noNumber), (s) => {
				expect(parseNumber(s)).toBeNull();
			}),
			{ numRuns: 3000 }
		);
	});

	it('round-trips non-negative integers in ASCII and full-width digits', () => {
		fc.assert(
			fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
				expect(parseNumber(String(n))).toEqual({ value: n, approx: false });
				expect(parseNumber(fullWidth(String(n)))).toEqual({ value: n, approx: false });
				expect(parseNumber(n.toLocaleString('en-US'))).toEqual({ value: n, approx: false });
			}),
			{ numRuns: 2000 }
		);
	});

	it('round-trips 0..99999 written in Chinese numerals', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 99999 }), (n) => {
				expect(parseChineseNumeral(toChinese(n))).toBe(n);
				expect(parseNumber(toChinese(n))).toEqual({ value: n, approx: false });
			}),
			{ numRuns: 3000 }
		);
		for (const n of [0, 10, 11, 20, 100, 101, 110, 1000, 1001, 1010, 10000, 10001, 10010, 10100, 11000, 99999])
			expect(parseNumber(toChinese(n))?.value, toChinese(n)).toBe(n);
	});
});
