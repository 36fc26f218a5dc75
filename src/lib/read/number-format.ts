/**
 * Number formats as SheetJS's SSF (ssf.js, Apache-2.0, © SheetJS) applies
 * them: `numberText` gives the very text SSF.format gives, and tells where SSF
 * throws (SheetJS then keeps no text for the cell). The formats forms use are
 * written here, each tokenized once: General (and @), the plain fixed
 * patterns (0, 0.00, #,##0, #,##0.00_ , 0.0%…) and the plain dates
 * (yyyy-mm-dd, yyyy"年"m"月"d"日";@, m"月"d"日"…). Any other format is SSF's
 * own (ssf-loader.ts): in a browser SheetJS then loads, once, for that file.
 */
import { isGeneral, parseDateCode, writeDate } from './number-format-date';
import { carry, commaify, dec, generalNumber, pad0, rnd } from './number-format-num';
import { ssf } from './ssf-loader';

export { isDateFormat } from './number-format-date';
export { generalNumber } from './number-format-num';

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

/* The fast path: fixed-point patterns as write_num_int / write_num_flt write them, without tokenizing. */

/** pad0r(v, 0): the number rounded (Math.round: halves up), as text. */
const rounded = (v: number) => '' + Math.round(v);

/**
 * A fixed-point pattern: 0, 0.00…, #,##0, #,##0.00… (each optionally with one
 * trailing %), then any _x paddings (Excel's "0.00_ "): each a space in SSF.
 */
interface FixedPattern {
	grouped: boolean;
	decimals: number;
	percent: boolean;
	/** The spaces the _x paddings write. */
	pad: string;
	/** What SSF's text for the pattern looks like when its placing of the digits gives it back as it is. */
	shape: RegExp;
}

const FIXED = /^(0|#,##0)(?:\.(0+))?(%?)((?:_.)*)$/;

function fixedPattern(fmt: string): FixedPattern | null {
	const m = FIXED.exec(fmt);
	if (!m) return null;
	const decimals = m[2]?.length ?? 0;
	const percent = m[3] === '%';
	const shape = decimals === 0 ? /^-?\d[\d,]*%?$/ : new RegExp(`^-?\\d[\\d,]*\\.\\d{${decimals}}${percent ? '%' : ''}$`);
	return { grouped: m[1] === '#,##0', decimals, percent, pad: ' '.repeat(m[4].length / 2), shape };
}

/** write_num for the pattern's digits (the % left aside): the integer and the fractional path as SSF takes them. */
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
	const o = p.percent ? writeFixed(p, v * Math.pow(10, 2)) + '%' : writeFixed(p, v);
	if (!p.shape.test(o)) return null;
	if (p.grouped && !/^-?\d{1,3}(,\d{3})*(\.|%|$)/.test(o)) return null;
	if (!p.grouped && o.includes(',')) return null;
	// The paddings are literal tokens after the digits: eval_fmt appends their spaces.
	return o + p.pad;
}

/** Formats SheetJS corrects as it loads them (a format Google Sheets writes). */
export function fixedFormat(format: string): string {
	return format === 'd.m' ? 'd\\.m' : format;
}

/* The fast date path: y/m/d runs and literal text, tokenized once per format (eval_fmt tokenizes per cell). */

type DateToken = { t: 'y' | 'm' | 'd'; run: string } | { t: 'text'; v: string };

/** Literal characters eval_fmt passes through as they are (its list, less the letters that start other tokens). */
const LITERAL = new Set(",$-+/():!^&'~{}<>=€ ".split(''));

/**
 * The tokens of a format made only of y/m/d runs, quoted or escaped text, the
 * literals above and [$-804]-like locale blocks (which SSF leaves out of a
 * date), optionally followed by a text section ";@" (which a number never
 * takes); null for anything else. Such a format has no time to round, and
 * its months are months (no h or s before or after).
 */
function dateTokens(fmt: string): DateToken[] | null {
	const out: DateToken[] = [];
	const end = fmt.endsWith(';@') ? fmt.length - 2 : fmt.length;
	let i = 0;
	let any = false;
	while (i < end) {
		const c = fmt.charAt(i);
		const lc = c.toLowerCase();
		if (c === '"') {
			const close = fmt.indexOf('"', i + 1);
			if (close < 0 || close >= end) return null;
			out.push({ t: 'text', v: fmt.slice(i + 1, close) });
			i = close + 1;
		} else if (c === '\\') {
			if (i + 1 >= end) return null;
			out.push({ t: 'text', v: fmt.charAt(i + 1) });
			i += 2;
		} else if (lc === 'y' || lc === 'm' || lc === 'd') {
			let run = lc;
			while (++i < end && fmt.charAt(i).toLowerCase() === lc) run += lc;
			out.push({ t: lc, run });
			any = true;
		} else if (c === '[') {
			const close = fmt.indexOf(']', i);
			if (close < 0 || close >= end || !/^\[\$[^\]]*\]$/.test(fmt.slice(i, close + 1))) return null;
			i = close + 1;
		} else if (LITERAL.has(c)) {
			out.push({ t: 'text', v: c });
			++i;
		} else return null;
	}
	return any ? out : null;
}

/** eval_fmt for such a format: '' for a negative value or one past SSF's last date, as SSF gives. */
function writeDateTokens(tokens: DateToken[], v: number, date1904: boolean): string {
	if (v < 0) return '';
	const dt = parseDateCode(v, date1904);
	if (!dt) return '';
	let s = '';
	for (const t of tokens) s += t.t === 'text' ? t.v : writeDate(t.t, t.run, dt);
	return s;
}

/** How a format is written: General, the fixed or date path here, or by SSF. */
type Kind = { k: 'general' } | { k: 'fixed'; p: FixedPattern } | { k: 'date'; tokens: DateToken[] } | { k: 'ssf' };

const KINDS = new Map<string, Kind>();

function kindOf(fmt: string): Kind {
	let kind = KINDS.get(fmt);
	if (kind) return kind;
	const p = fixedPattern(fmt);
	const tokens = p ? null : dateTokens(fmt);
	// A lone @ (text) gives a number the General section (choose_fmt).
	kind = isGeneral(fmt, 0) || fmt === '@' ? { k: 'general' } : p ? { k: 'fixed', p } : tokens ? { k: 'date', tokens } : { k: 'ssf' };
	if (KINDS.size < 1000) KINDS.set(fmt, kind);
	return kind;
}

/** Whether numberText writes this format itself (true) or hands it to SheetJS's SSF. */
export function formatWrittenHere(fmt: string): boolean {
	return kindOf(fmt).k !== 'ssf';
}

/**
 * SSF.format(fmt, v) with the workbook's date system: its text, undefined
 * where SSF throws (SheetJS's reader then leaves the cell without text), or
 * null for a value not reproduced (not finite: the caller leaves the file to
 * SheetJS). Throws NotLoaded where the format is SSF's and SheetJS is not loaded.
 */
export function numberText(fmt: string, v: number, date1904: boolean): string | undefined | null {
	if (!isFinite(v)) return null;
	const kind = kindOf(fmt);
	if (kind.k === 'general') return generalNumber(v);
	if (kind.k === 'date') return writeDateTokens(kind.tokens, v, date1904);
	if (kind.k === 'fixed') {
		const text = fixedText(kind.p, v);
		if (text !== null) return text;
	}
	const SSF = ssf();
	try {
		return SSF.format(fmt, v, { date1904 });
	} catch {
		return undefined;
	}
}

/** SSF.format(fmt, v) with the workbook's date system, or null where it throws or the value is not finite. */
export function formatNumber(fmt: string, v: number, date1904: boolean): string | null {
	return numberText(fmt, v, date1904) ?? null;
}
