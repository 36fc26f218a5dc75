/**
 * Dates as SheetJS's SSF (ssf.js, Apache-2.0, © SheetJS) reads and writes
 * them, ported as they are: SSF.is_date (fmt_is_date, for every format: a
 * date cell's value is a Date), the serial number's parts
 * (SSF_parse_date_code) and a year, month or day token's text
 * (SSF_write_date; times are SSF's own, see number-format.ts). SSF's quirks
 * are kept on purpose (1900-02-29, day 0 as 1900-01-00, local-time calendar
 * arithmetic): the text must be SheetJS's.
 */
import { pad0 } from './number-format-num';

/** SSF_isgeneral: "General" (any case) starting at i. */
export function isGeneral(s: string, i = 0): boolean {
	return s.length >= 7 + i && s.slice(i, i + 7).toLowerCase() === 'general';
}

/** An elapsed-time block: [h], [mm], [ss]… */
const ABSTIME = /\[[HhMmSs\u0E0A\u0E19\u0E17]*\]/;

/** SSF.is_date (fmt_is_date), as it is: whether a number in this format is a date or time. */
export function isDateFormat(fmt: string): boolean {
	let i = 0;
	let c = '';
	let o = '';
	while (i < fmt.length) {
		switch ((c = fmt.charAt(i))) {
			case 'G':
				if (isGeneral(fmt, i)) i += 6;
				i++;
				break;
			case '"':
				for (; fmt.charCodeAt(++i) !== 34 && i < fmt.length; );
				++i;
				break;
			case '\\':
				i += 2;
				break;
			case '_':
				i += 2;
				break;
			case '@':
				++i;
				break;
			case 'B':
			case 'b':
				if (fmt.charAt(i + 1) === '1' || fmt.charAt(i + 1) === '2') return true;
			// falls through
			case 'M':
			case 'D':
			case 'Y':
			case 'H':
			case 'S':
			case 'E':
			case 'm':
			case 'd':
			case 'y':
			case 'h':
			case 's':
			case 'e':
			case 'g':
				return true;
			case 'A':
			case 'a':
			case '上':
				if (fmt.substr(i, 3).toUpperCase() === 'A/P') return true;
				if (fmt.substr(i, 5).toUpperCase() === 'AM/PM') return true;
				if (fmt.substr(i, 5).toUpperCase() === '上午/下午') return true;
				++i;
				break;
			case '[':
				o = c;
				while (fmt.charAt(i++) !== ']' && i < fmt.length) o += fmt.charAt(i);
				if (ABSTIME.test(o)) return true;
				break;
			case '.':
			case '0':
			case '#':
				while (i < fmt.length && ('0#?.,E+-%'.indexOf((c = fmt.charAt(++i))) > -1 || (c == '\\' && fmt.charAt(i + 1) == '-' && '0#'.indexOf(fmt.charAt(i + 2)) > -1)));
				break;
			case '?':
				while (fmt.charAt(++i) === c);
				break;
			case '*':
				++i;
				if (fmt.charAt(i) == ' ' || fmt.charAt(i) == '*') ++i;
				break;
			case '(':
			case ')':
				++i;
				break;
			case '1':
			case '2':
			case '3':
			case '4':
			case '5':
			case '6':
			case '7':
			case '8':
			case '9':
				while (i < fmt.length && '0123456789'.indexOf(fmt.charAt(++i)) > -1);
				break;
			default:
				++i;
				break;
		}
	}
	return false;
}

const MONTHS: [string, string, string][] = [
	['J', 'Jan', 'January'],
	['F', 'Feb', 'February'],
	['M', 'Mar', 'March'],
	['A', 'Apr', 'April'],
	['M', 'May', 'May'],
	['J', 'Jun', 'June'],
	['J', 'Jul', 'July'],
	['A', 'Aug', 'August'],
	['S', 'Sep', 'September'],
	['O', 'Oct', 'October'],
	['N', 'Nov', 'November'],
	['D', 'Dec', 'December']
];

const DAYS: [string, string][] = [
	['Sun', 'Sunday'],
	['Mon', 'Monday'],
	['Tue', 'Tuesday'],
	['Wed', 'Wednesday'],
	['Thu', 'Thursday'],
	['Fri', 'Friday'],
	['Sat', 'Saturday']
];

/** SSF_normalize_xl_unsafe: the value cut to Excel's 15 significant digits. */
function normalizeXl(v: number): number {
	const s = v.toPrecision(16);
	if (s.indexOf('e') > -1) {
		let m = s.slice(0, s.indexOf('e'));
		m = m.indexOf('.') > -1 ? m.slice(0, m.slice(0, 2) == '0.' ? 17 : 16) : m.slice(0, 15) + '0'.repeat(Math.max(0, m.length - 15));
		return Number(m + s.slice(s.indexOf('e')));
	}
	const n = s.indexOf('.') > -1 ? s.slice(0, s.slice(0, 2) == '0.' ? 17 : 16) : s.slice(0, 15) + '0'.repeat(Math.max(0, s.length - 15));
	return Number(n);
}

/** SSF_parse_date_code's result: D the day serial (before the 1904 shift), T seconds of the day, u the fraction of a second. */
export interface DateCode {
	D: number;
	T: number;
	u: number;
	y: number;
	m: number;
	d: number;
	H: number;
	M: number;
	S: number;
	/** Day of the week, 0 Sunday. */
	q: number;
}

/** SSF_parse_date_code: a serial number's date and time, or null outside 0…2958465. */
export function parseDateCode(v0: number, date1904 = false): DateCode | null {
	if (v0 > 2958465 || v0 < 0) return null;
	const v = normalizeXl(v0);
	let date = v | 0;
	let time = Math.floor(86400 * (v - date));
	let dow = 0;
	let dout: number[];
	const out: DateCode = { D: date, T: time, u: 86400 * (v - date) - time, y: 0, m: 0, d: 0, H: 0, M: 0, S: 0, q: 0 };
	if (Math.abs(out.u) < 1e-6) out.u = 0;
	if (date1904) date += 1462;
	if (out.u > 0.9999) {
		out.u = 0;
		if (++time == 86400) {
			out.T = time = 0;
			++date;
			++out.D;
		}
	}
	if (date === 60) {
		dout = [1900, 2, 29];
		dow = 3;
	} else if (date === 0) {
		dout = [1900, 1, 0];
		dow = 6;
	} else {
		if (date > 60) --date;
		// As SSF does it: local time, day by day from 1900-01-01.
		const d = new Date(1900, 0, 1);
		d.setDate(d.getDate() + date - 1);
		dout = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
		dow = d.getDay();
		if (date < 60) dow = (dow + 6) % 7;
	}
	out.y = dout[0];
	out.m = dout[1];
	out.d = dout[2];
	out.S = time % 60;
	time = Math.floor(time / 60);
	out.M = time % 60;
	time = Math.floor(time / 60);
	out.H = time;
	out.q = dow;
	return out;
}

/** SSF_write_date for a year (y), month (m) or day (d) run: yy, yyyy; m, mm, mmm, mmmm, mmmmm; d, dd, ddd, dddd. */
export function writeDate(type: 'y' | 'm' | 'd', fmt: string, val: DateCode): string {
	switch (type) {
		case 'y':
			return fmt.length <= 2 ? pad0(val.y % 100, 2) : pad0(val.y % 10000, 4);
		case 'm':
			if (fmt.length <= 2) return pad0(val.m, fmt.length);
			if (fmt.length === 3) return MONTHS[val.m - 1][1];
			if (fmt.length === 5) return MONTHS[val.m - 1][0];
			return MONTHS[val.m - 1][2];
		case 'd':
			if (fmt.length <= 2) return pad0(val.d, fmt.length);
			return fmt.length === 3 ? DAYS[val.q][0] : DAYS[val.q][1];
	}
}
