/** Years and dates as the forms write them. */
import { parseChineseNumeral } from '../base/numerals';
import { numbering } from '../base/outline-number';

const YEAR_MIN = 2000;
const YEAR_MAX = 2099;

/** A year in Chinese numerals, digit by digit (二〇二一年, 二零二一年); 20xx always starts 二〇/二零. */
const CN_YEAR = /(?<![〇零一二三四五六七八九])二[〇零][〇零一二三四五六七八九]{2}(?=\s*年)/g;
/** A month or day in Chinese numerals: 六月, 十二月, 二十四日. */
const CN_MONTH_DAY = /(?<![〇零一二三四五六七八九十])[一二三四五六七八九十]{1,3}(?=\s*[月日号])/g;

const toDigits = (numeral: string) => String(parseChineseNumeral(numeral) ?? numeral);

/** NFKC text with a Chinese-numeral year as digits: `二〇二一年` → `2021年`. */
const yearText = (text: string) => text.normalize('NFKC').replace(CN_YEAR, toDigits);

/** `yearText`, and a Chinese-numeral month and day as digits too: `二〇二一年六月二十四日` → `2021年6月24日`. */
const dateText = (text: string) => yearText(text).replace(CN_MONTH_DAY, toDigits);

/** `2021年“安全生产月”…` (or `二〇二一年…`) → 2021; a bare 20xx also counts. null when none. */
export function yearFromText(text: string): number | null {
	const s = yearText(text);
	const m = /(20\d{2})\s*年/.exec(s) ?? /(?:^|[^\d])(20\d{2})(?!\d)/.exec(s);
	if (!m) return null;
	const y = Number(m[1]);
	return y >= YEAR_MIN && y <= YEAR_MAX ? y : null;
}

/** A year and nothing else: 2022年, 2023年度, 2023, 2023年完成数, 2022年数据（截至6月底）, 2023年度情况：. */
const YEAR_ALONE = /^(20\d{2})年?度?(?:数|完成数?|数据|情况|统计)?(?:[(（].*[)）])?[:：]?$/;

/**
 * The year a label names when it names nothing else, numbered or not (一、2022年, （二）2023年度情况：): a row
 * heading the years stacked in one table, a column of one unit's figures by year, a row label that is neither
 * unit nor metric. null for more (2022年安全生产月总结) or less.
 */
export function yearLabel(text: string): number | null {
	const t = text.trim();
	const m = YEAR_ALONE.exec((numbering(t)?.rest ?? t).normalize('NFKC').replace(/\s/g, ''));
	return m ? Number(m[1]) : null;
}

function iso(y: number, m: number, d: number): string | null {
	if (y < YEAR_MIN || y > YEAR_MAX || m < 1 || m > 12 || d < 1 || d > 31) return null;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The year of an ISO date (a 填报日期 as parseFiledOn gives it), or null. */
export function yearOfDate(iso: string | null): number | null {
	return iso ? Number(iso.slice(0, 4)) : null;
}

/** A date written without its year: `6月24日`. */
const MONTH_DAY = /(?:^|[^\d])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;

/** True when the text holds a month and day but no 20xx year (`6月8日`): the year must come from the form. */
export function isMonthDay(value: string): boolean {
	const s = dateText(value);
	return !/20\d{2}/.test(s) && MONTH_DAY.test(s);
}

/**
 * A 填报日期 as ISO `YYYY-MM-DD`: an Excel date, `2021年6月24日`, `2020.6.30`,
 * `2021-06-24`, `2021/6/24`, `二〇二一年六月二十四日`; `6月24日` too when `yearIfMissing` (the form's
 * year) is given. null when the text holds no full date.
 */
export function parseFiledOn(value: string | number | Date | boolean | undefined | null, yearIfMissing?: number | null): string | null {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return null;
		// Readers build spreadsheet dates at UTC midnight; round so a zone shift never moves the day.
		const day = new Date(Math.round(value.getTime() / 86_400_000) * 86_400_000);
		return iso(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
	}
	if (typeof value !== 'string') return null;
	const s = dateText(value);
	const m = /(20\d{2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})/.exec(s);
	if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
	if (!yearIfMissing || /20\d{2}/.test(s)) return null;
	const md = MONTH_DAY.exec(s);
	return md ? iso(yearIfMissing, Number(md[1]), Number(md[2])) : null;
}
