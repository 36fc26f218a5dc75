/**
 * Numbers as report fillers write them: `12`, `１２`, `19,836`, `（3）`, `约200`, `200余`, `1.2万`,
 * `三`, `一百一十二`, `上千`, `无`. The parser never invents a value: anything it cannot read as ONE number is
 * null, and the caller keeps the cell blank.
 */
import { parseChineseNumeral } from '../base/numerals';

export interface ParsedNumber {
	value: number;
	/** The filler wrote an approximation (约200, 200余, 300多, 200左右, 200+, 十余). */
	approx: boolean;
}


/** Measure words a filler may write after the number (`12场`, `45人次`); longest first. */
const UNIT = '(?:人次|场次|条次|人数|次数|个次|余人|万元|元|场|次|人|名|个|篇|条|部|份|处|期|家|项|件|张|幅|所|户|台|起|批|天|册|本|块|座|支|辆|组|套)';
// 上千, 上万: 'reaching a thousand' — the magnitude, approximately (上 before anything else is no prefix).
const APPROX_PREFIX = /^(?:大约|约计|约为|约|将近|接近|近|上(?=[百千万佰仟]))/;
const PLAIN_PREFIX = /^(?:共计|共|计|合计|累计)/;
const APPROX_SUFFIX = '(?:余|多|左右|上下|以上|\\+)';
const ASCII_NUM = '-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const CN_NUM = '[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+';
const NUMBER_RE = new RegExp(
	`^(${ASCII_NUM})(万|千)?(${APPROX_SUFFIX})?${UNIT}?(${APPROX_SUFFIX})?$`
);
const CN_NUMBER_RE = new RegExp(`^(${CN_NUM}?)(${APPROX_SUFFIX})?${UNIT}?(${APPROX_SUFFIX})?$`);

/** 百余, 千余, 近千: a magnitude alone reads as one of it, but only as an approximation. */
const LONE_MAGNITUDE: Record<string, number> = { 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10_000 };

/** Words that state zero. 暂无 ("none so far") is zero too; 暂无数据 / 无数据 ("no data") is NOT: it
 *  says the figure is missing, so it stays blank. */
const ZERO_WORDS = new Set(['无', '没有', '暂无', '无此项', '均无', '零']);
const NOTHING = /^[\/\\\-—–_.·、。,，?？xX×*]*$/;

/** Plain ASCII digits with spaces around: what most cells and slots hold, read without the full parse below (same result). */
const PLAIN_DIGITS = /^[ \t\r\n]*(\d+)[ \t\r\n]*$/;

/** A cell or slot that holds one number as fillers write it; null when it holds no number. */
export function parseNumber(raw: string): ParsedNumber | null {
	if (typeof raw !== 'string') return null;
	const plain = PLAIN_DIGITS.exec(raw);
	if (plain) {
		const value = Number(plain[1]);
		return Number.isFinite(value) ? { value, approx: false } : null;
	}
	let s = raw.normalize('NFKC').replace(/[\s\u200b-\u200d\ufeff]/g, '').replace(/[()[\]{}]/g, '').replace(/[−－]/g, '-');
	if (NOTHING.test(s)) return null;
	if (ZERO_WORDS.has(s)) return { value: 0, approx: false };
	let approx = false;
	const pre = s.match(APPROX_PREFIX);
	if (pre) {
		approx = true;
		s = s.slice(pre[0].length);
	} else {
		const plain = s.match(PLAIN_PREFIX);
		if (plain) s = s.slice(plain[0].length);
	}
	const m = s.match(NUMBER_RE);
	if (m) {
		const value = Number(m[1].replace(/,/g, '')) * (m[2] === '万' ? 10_000 : m[2] === '千' ? 1000 : 1);
		if (!Number.isFinite(value)) return null;
		// 1.2万 must not come out as 12000.000000000002
		return { value: m[2] ? Math.round(value * 1e6) / 1e6 : value, approx: approx || !!m[3] || !!m[4] };
	}
	const c = s.match(CN_NUMBER_RE);
	if (c && c[1]) {
		const isApprox = approx || !!c[2] || !!c[3];
		const value = parseChineseNumeral(c[1]) ?? (isApprox ? (LONE_MAGNITUDE[c[1]] ?? null) : null);
		if (value === null) return null;
		return { value, approx: isApprox };
	}
	return null;
}

/** A cell holding only a dash or slash (—, -, －, /, ——): written for "nothing to report", so blank — never 0. */
export function isDash(raw: string): boolean {
	return /^[\s\u3000]*[—–\-－/／~～…]+[\s\u3000]*$/.test(raw);
}
