/**
 * Number formats as SheetJS's SSF (ssf.js, Apache-2.0, © SheetJS) applies
 * them, for the formats real forms use — without SheetJS. `formatNumber`
 * gives the very text SSF.format gives, or null for a format (or a value)
 * it does not reproduce: the own .xlsx reader then leaves the file to SheetJS.
 *
 * Covered: General (SSF's 11-character rules), 0, 0.00…, #,##0, #,##0.00…,
 * their percent forms, formats with an @ section, and dates made of y/m/d
 * runs and literal text (quoted, escaped, or - / , : and space), with locale
 * blocks such as [$-804]. Not covered (null): times, fractions, exponents,
 * conditions, colours in number formats, more than one number section, fills.
 */

/** SSF's built-in table (SSF_init_table): what a style's numFmtId means until the file says otherwise. */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
	0: 'General',
	1: '0',
	2: '0.00',
	3: '#,##0',
	4: '#,##0.00',
	9: '0%',
	10: '0.00%',
	11: '0.00E+00',
	12: '# ?/?',
	13: '# ??/??',
	14: 'm/d/yy',
	15: 'd-mmm-yy',
	16: 'd-mmm',
	17: 'mmm-yy',
	18: 'h:mm AM/PM',
	19: 'h:mm:ss AM/PM',
	20: 'h:mm',
	21: 'h:mm:ss',
	22: 'm/d/yy h:mm',
	37: '#,##0 ;(#,##0)',
	38: '#,##0 ;[Red](#,##0)',
	39: '#,##0.00;(#,##0.00)',
	40: '#,##0.00;[Red](#,##0.00)',
	45: 'mm:ss',
	46: '[h]:mm:ss',
	47: 'mmss.0',
	48: '##0.0E+0',
	49: '@',
	56: '"上午/下午 "hh"時"mm"分"ss"秒 "'
};

/**
 * SSF's SSFImplicit: the format SheetJS puts in the table, the first time a
 * cell uses it, for an id the table lacks (the East Asian date ids 27–36 and
 * 50–58 become m/d/yy; any other id General).
 */
export const IMPLICIT_FORMATS: Readonly<Record<number, string>> = {
	5: '"$"#,##0_);\\("$"#,##0\\)',
	6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
	7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
	8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
	23: 'General',
	24: 'General',
	25: 'General',
	26: 'General',
	27: 'm/d/yy',
	28: 'm/d/yy',
	29: 'm/d/yy',
	30: 'm/d/yy',
	31: 'm/d/yy',
	32: 'h:mm:ss',
	33: 'h:mm:ss',
	34: 'h:mm:ss',
	35: 'h:mm:ss',
	36: 'm/d/yy',
	41: '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
	42: '_("$"* #,##0_);_("$"* (#,##0);_("$"* "-"_);_(@_)',
	43: '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)',
	44: '_("$"* #,##0.00_);_("$"* (#,##0.00);_("$"* "-"??_);_(@_)',
	50: 'm/d/yy',
	51: 'm/d/yy',
	52: 'm/d/yy',
	53: 'm/d/yy',
	54: 'm/d/yy',
	55: 'm/d/yy',
	56: 'm/d/yy',
	57: 'm/d/yy',
	58: 'm/d/yy',
	59: '0',
	60: '0.00',
	61: '#,##0',
	62: '#,##0.00',
	63: '"$"#,##0_);\\("$"#,##0\\)',
	64: '"$"#,##0_);[Red]\\("$"#,##0\\)',
	65: '"$"#,##0.00_);\\("$"#,##0.00\\)',
	66: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
	67: '0%',
	68: '0.00%',
	69: '# ?/?',
	70: '# ??/??',
	71: 'm/d/yy',
	72: 'm/d/yy',
	73: 'd-mmm-yy',
	74: 'd-mmm',
	75: 'mmm-yy',
	76: 'h:mm',
	77: 'h:mm:ss',
	78: 'm/d/yy h:mm',
	79: 'mm:ss',
	80: '[h]:mm:ss',
	81: 'mmss.0'
};

/** Formats SheetJS corrects as it loads them (a format Google Sheets writes). */
export function fixedFormat(format: string): string {
	return format === 'd.m' ? 'd\\.m' : format;
}

/** SSF_isgeneral: "General" (any case) starting at i. */
function isGeneral(s: string, i = 0): boolean {
	return s.length >= 7 + i && s.slice(i, i + 7).toLowerCase() === 'general';
}

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

/* General (SSF_general_num and helpers). */

function stripDecimal(o: string): string {
	return o.indexOf('.') == -1 ? o : o.replace(/(?:\.0*|(\.\d*[1-9])0+)$/, '$1');
}

function normalizeExp(o: string): string {
	if (o.indexOf('E') == -1) return o;
	return o.replace(/(?:\.0*|(\.\d*[1-9])0+)[Ee]/, '$1E').replace(/(E[+-])(\d)$/, '$10$2');
}

function smallExp(v: number): string {
	const w = v < 0 ? 12 : 11;
	let o = stripDecimal(v.toFixed(12));
	if (o.length <= w) return o;
	o = v.toPrecision(10);
	if (o.length <= w) return o;
	return v.toExponential(5);
}

function largeExp(v: number): string {
	const o = stripDecimal(v.toFixed(11));
	return o.length > (v < 0 ? 12 : 11) || o === '0' || o === '-0' ? v.toPrecision(6) : o;
}

/** A number in the General format, as SheetJS shows it (up to 11 characters). */
export function generalNumber(v: number): string {
	if ((v | 0) === v) return v.toString(10);
	if (!isFinite(v)) return isNaN(v) ? '#NUM!' : '#DIV/0!';
	const V = Math.floor(Math.log(Math.abs(v)) * Math.LOG10E);
	let o: string;
	if (V >= -4 && V <= -1) o = v.toPrecision(10 + V);
	else if (Math.abs(V) <= 9) o = smallExp(v);
	else if (V === 10) o = v.toFixed(10).substr(0, 12);
	else o = largeExp(v);
	return stripDecimal(normalizeExp(o.toUpperCase()));
}

/* Fixed-point number formats (write_num_int / write_num_flt of SSF, for the patterns covered). */

function commaify(s: string): string {
	const w = 3;
	if (s.length <= w) return s;
	let j = s.length % w;
	let o = s.substr(0, j);
	for (; j != s.length; j += w) o += (o.length > 0 ? ',' : '') + s.substr(j, w);
	return o;
}

function pad0(v: number | string, d: number): string {
	const t = '' + v;
	return t.length >= d ? t : '0'.repeat(d - t.length) + t;
}

/** pad0r(v, 0): the number rounded (Math.round: halves up), as text. */
const rounded = (v: number) => '' + Math.round(v);

function rnd(val: number, d: number): string {
	const dd = Math.pow(10, d);
	return '' + Math.round(val * dd) / dd;
}

function dec(val: number, d: number): number {
	const frac = val - Math.floor(val);
	const dd = Math.pow(10, d);
	if (d < ('' + Math.round(frac * dd)).length) return 0;
	return Math.round(frac * dd);
}

function carry(val: number, d: number): number {
	return d < ('' + Math.round((val - Math.floor(val)) * Math.pow(10, d))).length ? 1 : 0;
}

/** A fixed-point pattern: 0, 0.00…, #,##0, #,##0.00… (each optionally with one trailing %). */
interface FixedPattern {
	grouped: boolean;
	decimals: number;
	percent: boolean;
}

const FIXED = /^(0|#,##0)(?:\.(0+))?(%?)$/;

function fixedPattern(fmt: string): FixedPattern | null {
	const m = FIXED.exec(fmt);
	return m ? { grouped: m[1] === '#,##0', decimals: m[2]?.length ?? 0, percent: m[3] === '%' } : null;
}

/** write_num for a pattern without %: the integer and the fractional path as SSF takes them. */
function writeFixed(p: FixedPattern, val: number): string {
	const int = (val | 0) === val;
	const d = p.decimals;
	if (!p.grouped) {
		if (d === 0) return int ? '' + val : rounded(val);
		const o = int ? '' + val : rnd(val, d);
		return o
			.replace(/^([^.]+)$/, '$1.' + '0'.repeat(d))
			.replace(/\.$/, '.' + '0'.repeat(d))
			.replace(/\.(\d*)$/, (_, $1: string) => '.' + $1 + '0'.repeat(Math.max(0, d - $1.length)));
	}
	const aval = Math.abs(val);
	const sign = val < 0 ? '-' : '';
	if (d === 0) return sign + commaify(int ? '' + aval : rounded(aval));
	if (val < 0) return '-' + (int ? writeFixed(p, -val) : writeGroupedFloat(d, -val));
	return int ? commaify('' + val) + '.' + '0'.repeat(d) : writeGroupedFloat(d, val);
}

/** write_num_flt for #,##0.00…: it recurses on itself (not on write_num) for a negative value. */
function writeGroupedFloat(d: number, val: number): string {
	if (val < 0) return '-' + writeGroupedFloat(d, -val);
	return commaify('' + (Math.floor(val) + carry(val, d))) + '.' + pad0(dec(val, d), d);
}

/**
 * The pattern's text for v, or null where SSF's placing of the digits into the
 * pattern would not give that text back as it is (exponents, huge numbers).
 */
function fixedText(p: FixedPattern, v: number): string | null {
	// write_num_pct: the value times 100, through write_num again (which may switch between the int and float paths).
	const o = p.percent ? writeFixed({ ...p, percent: false }, v * Math.pow(10, 2)) + '%' : writeFixed(p, v);
	const shape = p.decimals === 0 ? /^-?\d[\d,]*%?$/ : new RegExp(`^-?\\d[\\d,]*\\.\\d{${p.decimals}}${p.percent ? '%' : ''}$`);
	if (!shape.test(o)) return null;
	if (p.grouped && !/^-?\d{1,3}(,\d{3})*(\.|%|$)/.test(o)) return null;
	if (!p.grouped && o.includes(',')) return null;
	return o;
}

/* Dates (SSF_parse_date_code, SSF_write_date) for y/m/d runs. */

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
		m = m.indexOf('.') > -1 ? m.slice(0, m.slice(0, 2) == '0.' ? 17 : 16) : m.slice(0, 15) + '0'.repeat(m.length - 15);
		return Number(m + s.slice(s.indexOf('e')));
	}
	const n = s.indexOf('.') > -1 ? s.slice(0, s.slice(0, 2) == '0.' ? 17 : 16) : s.slice(0, 15) + '0'.repeat(s.length - 15);
	return Number(n);
}

interface DateParts {
	y: number;
	m: number;
	d: number;
	/** Day of the week, 0 Sunday. */
	q: number;
}

/** SSF_parse_date_code's date part (the time of day does not show in a y/m/d format), or null out of range. */
function dateParts(v0: number, date1904: boolean): DateParts | null {
	if (v0 > 2958465 || v0 < 0) return null;
	const v = normalizeXl(v0);
	let date = v | 0;
	let time = Math.floor(86400 * (v - date));
	let u = 86400 * (v - date) - time;
	if (Math.abs(u) < 1e-6) u = 0;
	if (date1904) date += 1462;
	if (u > 0.9999) {
		if (++time == 86400) {
			time = 0;
			++date;
		}
	}
	if (date === 60) return { y: 1900, m: 2, d: 29, q: 3 };
	if (date === 0) return { y: 1900, m: 1, d: 0, q: 6 };
	if (date > 60) --date;
	// As SSF does it: local time, day by day from 1900-01-01.
	const d = new Date(1900, 0, 1);
	d.setDate(d.getDate() + date - 1);
	let q = d.getDay();
	if (date < 60) q = (q + 6) % 7;
	return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate(), q };
}

function writeDate(type: 'y' | 'm' | 'd', len: number, val: DateParts): string {
	switch (type) {
		case 'y':
			return len <= 2 ? pad0(val.y % 100, 2) : pad0(val.y % 10000, 4);
		case 'm':
			if (len <= 2) return pad0(val.m, len);
			if (len === 3) return MONTHS[val.m - 1][1];
			if (len === 5) return MONTHS[val.m - 1][0];
			return MONTHS[val.m - 1][2];
		case 'd':
			if (len <= 2) return pad0(val.d, len);
			if (len === 3) return DAYS[val.q][0];
			return DAYS[val.q][1];
	}
}

type DateToken = { t: 'y' | 'm' | 'd'; n: number } | { t: 'text'; v: string };

/** Literal characters eval_fmt passes through as they are (its list, less the letters that start other tokens). */
const LITERAL = new Set(",$-+/():!^&'~{}<>=€".split(''));

/** The tokens of a y/m/d date format, or null for anything else. */
function dateTokens(fmt: string): DateToken[] | null {
	const out: DateToken[] = [];
	let i = 0;
	let any = false;
	while (i < fmt.length) {
		const c = fmt.charAt(i);
		const lc = c.toLowerCase();
		if (c === '"') {
			let o = '';
			let cc: number;
			for (; (cc = fmt.charCodeAt(++i)) !== 34 && i < fmt.length; ) o += String.fromCharCode(cc);
			if (i >= fmt.length) return null; // unterminated
			out.push({ t: 'text', v: o });
			++i;
		} else if (c === '\\') {
			if (i + 1 >= fmt.length) return null;
			out.push({ t: 'text', v: fmt.charAt(i + 1) });
			i += 2;
		} else if (lc === 'y' || lc === 'm' || lc === 'd') {
			let n = 1;
			while (++i < fmt.length && fmt.charAt(i).toLowerCase() === lc) n++;
			out.push({ t: lc, n });
			any = true;
		} else if (c === '[') {
			// [$-804] and the like: a locale, which SSF leaves out of a date's text. Elapsed times and conditions: not here.
			const end = fmt.indexOf(']', i);
			if (end < 0) return null;
			const block = fmt.slice(i, end + 1);
			if (!/^\[\$[^\]]*\]$/.test(block) || ABSTIME.test(block)) return null;
			i = end + 1;
		} else if (c === ' ' || LITERAL.has(c)) {
			out.push({ t: 'text', v: c });
			++i;
		} else return null;
	}
	return any ? out : null;
}

/** SSF_split_fmt: the ;-separated sections, or null where SSF throws (an unterminated string). */
function splitSections(fmt: string): string[] | null {
	const out: string[] = [];
	let inStr = false;
	let j = 0;
	for (let i = 0; i < fmt.length; ++i)
		switch (fmt.charCodeAt(i)) {
			case 34:
				inStr = !inStr;
				break;
			case 95:
			case 42:
			case 92:
				++i;
				break;
			case 59:
				out.push(fmt.substr(j, i - j));
				j = i + 1;
		}
	out.push(fmt.substr(j));
	return inStr ? null : out;
}

/** A compiled format: the text for a number, or null where SSF is not reproduced. */
type Formatter = (v: number, date1904: boolean) => string | null;

const COMPILED = new Map<string, Formatter | null>();

/** choose_fmt and eval_fmt for the formats covered; null for a format not covered. */
function compile(fmt: string): Formatter | null {
	if (isGeneral(fmt, 0)) return (v) => generalNumber(v);
	const sections = splitSections(fmt);
	if (!sections || sections.length > 4) return null;
	const last = sections[sections.length - 1];
	const lat = last.indexOf('@');
	let l = sections.length;
	if (l < 4 && lat > -1) --l;
	// The section a number takes (choose_fmt), by how many sections there are and whether the last is text.
	let pick: (v: number) => string;
	const [f0, f1, f2] = sections;
	switch (sections.length) {
		case 1:
			pick = lat > -1 ? () => 'General' : () => f0;
			break;
		case 2:
			pick = lat > -1 ? () => f0 : (v) => (v < 0 ? f1 : f0);
			break;
		case 3:
			pick = lat > -1 ? (v) => (v < 0 ? f1 : f0) : (v) => (v > 0 ? f0 : v < 0 ? f1 : f2);
			break;
		default:
			pick = (v) => (v > 0 ? f0 : v < 0 ? f1 : f2);
	}
	if (sections.slice(0, 2).some((s) => /\[[=<>]/.test(s))) return null; // conditions
	const byPart = new Map<string, Formatter | null>();
	const part = (ff: string): Formatter | null => {
		if (byPart.has(ff)) return byPart.get(ff)!;
		const f = compilePart(ff, l);
		byPart.set(ff, f);
		return f;
	};
	return (v, date1904) => {
		const f = part(pick(v));
		return f ? f(v, date1904) : null;
	};
}

/** eval_fmt for one section, with flen (how many sections count) = l. */
function compilePart(ff: string, l: number): Formatter | null {
	if (isGeneral(ff)) return (v) => generalNumber(v);
	// A second number section would be written without its sign: not covered.
	if (l !== 1) return null;
	const fixed = fixedPattern(ff);
	if (fixed) return (v) => fixedText(fixed, v);
	const tokens = dateTokens(ff);
	if (tokens) {
		return (v, date1904) => {
			if (v < 0) return '';
			const parts = dateParts(v, date1904);
			if (!parts) return '';
			let s = '';
			for (const t of tokens) s += t.t === 'text' ? t.v : writeDate(t.t, t.n, parts);
			return s;
		};
	}
	return null;
}

/**
 * SSF.format(fmt, v) with the workbook's date system, or null where this does
 * not reproduce it (the caller leaves the file to SheetJS).
 */
export function formatNumber(fmt: string, v: number, date1904: boolean): string | null {
	if (!isFinite(v)) return null;
	let f = COMPILED.get(fmt);
	if (f === undefined) {
		f = compile(fmt);
		if (COMPILED.size < 1000) COMPILED.set(fmt, f);
	}
	return f ? f(v, date1904) : null;
}
