/** Chinese numerals (三, 十二, 壹佰贰拾, 二〇二一) as numbers: a leaf, shared by the readers of numbers and of years. */

const CN_DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	壹: 1,
	二: 2,
	贰: 2,
	两: 2,
	三: 3,
	叁: 3,
	四: 4,
	肆: 4,
	五: 5,
	伍: 5,
	六: 6,
	陆: 6,
	七: 7,
	柒: 7,
	八: 8,
	捌: 8,
	九: 9,
	玖: 9
};
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/**
 * Chinese numeral → number: 三, 十二, 一百一十二, 两, 五十七, 零, 一千零五, 三万二千, 二〇二一 (digit by
 * digit when there is no unit character). null for anything else (mixed text, malformed numerals).
 */
export function parseChineseNumeral(s: string): number | null {
	const t = s.trim();
	if (t === '') return null;
	const chars = [...t];
	if (!chars.every((c) => c in CN_DIGITS || c in CN_SMALL_UNITS || c in CN_BIG_UNITS)) return null;
	if (chars.every((c) => c in CN_DIGITS)) {
		if (chars.length === 1) return CN_DIGITS[chars[0]];
		return Number(chars.map((c) => CN_DIGITS[c]).join(''));
	}
	let total = 0;
	let section = 0;
	let digit: number | null = null;
	let lastSmall = Infinity; // small units must fall within a section: 三千二百, not 三百二千
	let lastBig = Infinity;
	for (let i = 0; i < chars.length; i++) {
		const c = chars[i];
		if (c in CN_DIGITS) {
			// Two digits in a row are malformed except after 零 (一千零五).
			if (digit !== null && digit !== 0) return null;
			digit = CN_DIGITS[c];
		} else if (c in CN_SMALL_UNITS) {
			const u = CN_SMALL_UNITS[c];
			if (u >= lastSmall) return null;
			// 十二 = 12: a leading 十 means 一十.
			const implicitOne = u === 10 && (i === 0 || chars[i - 1] in CN_BIG_UNITS || chars[i - 1] === '零');
			const d = digit === null ? (implicitOne ? 1 : null) : digit;
			if (d === null || d === 0) return null;
			section += d * u;
			lastSmall = u;
			digit = null;
		} else {
			const u = CN_BIG_UNITS[c];
			if (u >= lastBig) return null;
			const sec = section + (digit ?? 0);
			if (sec === 0) return null;
			total += sec * u;
			section = 0;
			digit = null;
			lastSmall = Infinity;
			lastBig = u;
		}
	}
	return total + section + (digit ?? 0);
}
