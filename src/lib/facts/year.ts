/** Years and dates as the forms write them. */

const YEAR_MIN = 2000;
const YEAR_MAX = 2099;

/** `2021年“安全生产月”…` → 2021; a bare 20xx also counts. null when none. */
export function yearFromText(text: string): number | null {
	const s = text.normalize('NFKC');
	const m = /(20\d{2})\s*年/.exec(s) ?? /(?:^|[^\d])(20\d{2})(?!\d)/.exec(s);
	if (!m) return null;
	const y = Number(m[1]);
	return y >= YEAR_MIN && y <= YEAR_MAX ? y : null;
}

function iso(y: number, m: number, d: number): string | null {
	if (y < YEAR_MIN || y > YEAR_MAX || m < 1 || m > 12 || d < 1 || d > 31) return null;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date written without its year: `6月24日`. */
const MONTH_DAY = /(?:^|[^\d])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;

/** True when the text holds a month and day but no 20xx year (`6月8日`): the year must come from the form. */
export function isMonthDay(value: string): boolean {
	const s = value.normalize('NFKC');
	return !/20\d{2}/.test(s) && MONTH_DAY.test(s);
}

/**
 * A 填报日期 as ISO `YYYY-MM-DD`: an Excel date, `2021年6月24日`, `2020.6.30`,
 * `2021-06-24`, `2021/6/24`; `6月24日` too when `yearIfMissing` (the form's
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
	const s = value.normalize('NFKC');
	const m = /(20\d{2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})/.exec(s);
	if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
	if (!yearIfMissing || /20\d{2}/.test(s)) return null;
	const md = MONTH_DAY.exec(s);
	return md ? iso(yearIfMissing, Number(md[1]), Number(md[2])) : null;
}
