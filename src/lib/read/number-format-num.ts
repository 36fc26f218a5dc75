/**
 * SSF's number writers (ssf.js, Apache-2.0, © SheetJS), ported as they are:
 * General (SSF_general_num), write_num (write_num_int for an integer value,
 * write_num_flt otherwise) with their helpers, percent, thousands scaling,
 * exponents and fractions. Each throws where SSF throws (a pattern it does not
 * know): the caller tells that apart from a text.
 */

export function fill(c: string, l: number): string {
	let o = '';
	while (o.length < l) o += c;
	return o;
}

function strrev(x: string): string {
	let o = '';
	for (let i = x.length - 1; i >= 0; i--) o += x.charAt(i);
	return o;
}

export function pad0(v: number | string, d: number): string {
	const t = '' + v;
	return t.length >= d ? t : fill('0', d - t.length) + t;
}

function padSpace(v: number | string, d: number): string {
	const t = '' + v;
	return t.length >= d ? t : fill(' ', d - t.length) + t;
}

function rpadSpace(v: number | string, d: number): string {
	const t = '' + v;
	return t.length >= d ? t : t + fill(' ', d - t.length);
}

/** pad0r: the value rounded (Math.round, halves up), zero-padded to d (SSF's two branches by size come to this). */
function pad0r(v: number, d: number): string {
	return pad0(Math.round(v), d);
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

/* Helpers of write_num. */

export function commaify(s: string): string {
	const w = 3;
	if (s.length <= w) return s;
	let j = s.length % w;
	let o = s.substr(0, j);
	for (; j != s.length; j += w) o += (o.length > 0 ? ',' : '') + s.substr(j, w);
	return o;
}

/** # drops, ? becomes a space, 0 stays: a pattern's digits where the number has none. */
function hashq(str: string): string {
	let o = '';
	for (let i = 0; i != str.length; ++i) {
		const cc = str.charCodeAt(i);
		if (cc === 35) continue;
		o += cc === 63 ? ' ' : cc === 48 ? '0' : str.charAt(i);
	}
	return o;
}

export function rnd(val: number, d: number): string {
	const dd = Math.pow(10, d);
	return '' + Math.round(val * dd) / dd;
}

export function dec(val: number, d: number): number {
	const frac = val - Math.floor(val);
	const dd = Math.pow(10, d);
	if (d < ('' + Math.round(frac * dd)).length) return 0;
	return Math.round(frac * dd);
}

export function carry(val: number, d: number): number {
	return d < ('' + Math.round((val - Math.floor(val)) * Math.pow(10, d))).length ? 1 : 0;
}

function flr(val: number): string {
	if (val < 2147483647 && val > -2147483648) return '' + (val >= 0 ? val | 0 : (val - 1) | 0);
	return '' + Math.floor(val);
}

/** SSF_frac: the continued-fraction approximation with a denominator up to D ([whole, numerator, denominator]). */
function frac(x: number, D: number, mixed: boolean): [number, number, number] {
	const sgn = x < 0 ? -1 : 1;
	let B = x * sgn;
	let P_2 = 0,
		P_1 = 1,
		P = 0;
	let Q_2 = 1,
		Q_1 = 0,
		Q = 0;
	let A = Math.floor(B);
	while (Q_1 < D) {
		A = Math.floor(B);
		P = A * P_1 + P_2;
		Q = A * Q_1 + Q_2;
		if (B - A < 0.00000005) break;
		B = 1 / (B - A);
		P_2 = P_1;
		P_1 = P;
		Q_2 = Q_1;
		Q_1 = Q;
	}
	if (Q > D) {
		if (Q_1 > D) {
			Q = Q_2;
			P = P_2;
		} else {
			Q = Q_1;
			P = P_1;
		}
	}
	if (!mixed) return [0, sgn * P, Q];
	const q = Math.floor((sgn * P) / Q);
	return [q, sgn * P - q * Q, Q];
}

/** write_num_pct / write_num_pct2: each % multiplies by 100. */
function writePercent(type: string, fmt: string, val: number): string {
	const sfmt = fmt.replace(/%/g, '');
	const mul = fmt.length - sfmt.length;
	return writeNum(type, sfmt, val * Math.pow(10, 2 * mul)) + fill('%', mul);
}

/** write_num_cm / write_num_cm2: each trailing comma divides by 1,000. */
function writeScaled(type: string, fmt: string, val: number): string {
	let idx = fmt.length - 1;
	while (fmt.charCodeAt(idx - 1) === 44) --idx;
	return writeNum(type, fmt.substr(0, idx), val / Math.pow(10, 3 * (fmt.length - idx)));
}

/** write_num_exp (float) and write_num_exp2 (integer): they differ only in the "0." loop. */
function writeExp(fmt: string, val: number, int: boolean): string {
	let o: string;
	const idx = fmt.indexOf('E') - fmt.indexOf('.') - 1;
	if (fmt.match(/^#+0.0E\+0$/)) {
		if (val == 0) return '0.0E+0';
		else if (val < 0) return '-' + writeExp(fmt, -val, int);
		let period = fmt.indexOf('.');
		if (period === -1) period = fmt.indexOf('E');
		let ee = Math.floor(Math.log(val) * Math.LOG10E) % period;
		if (ee < 0) ee += period;
		o = (val / Math.pow(10, ee)).toPrecision(idx + 1 + ((period + ee) % period));
		if (int ? !o.match(/[Ee]/) : o.indexOf('e') === -1) {
			const fakee = Math.floor(Math.log(val) * Math.LOG10E);
			if (o.indexOf('.') === -1) o = o.charAt(0) + '.' + o.substr(1) + 'E+' + (fakee - o.length + ee);
			else o += 'E+' + (fakee - ee);
			if (!int)
				while (o.substr(0, 2) === '0.') {
					o = o.charAt(0) + o.substr(2, period) + '.' + o.substr(2 + period);
					o = o.replace(/^0+([1-9])/, '$1').replace(/^0+\./, '0.');
				}
			o = o.replace(/\+-/, '-');
		}
		o = o.replace(/^([+-]?)(\d*)\.(\d*)[Ee]/, (_$$, $1: string, $2: string, $3: string) => $1 + $2 + $3.substr(0, (period + ee) % period) + '.' + $3.substr(ee) + 'E');
	} else o = val.toExponential(idx);
	if (fmt.match(/E\+00$/) && o.match(/e[+-]\d$/)) o = o.substr(0, o.length - 1) + '0' + o.charAt(o.length - 1);
	if (fmt.match(/E-/) && o.match(/e\+/)) o = o.replace(/e\+/, 'e');
	return o.replace('e', 'E');
}

const FRAC1 = /# (\?+)( ?)\/( ?)(\d+)/;
const DEC1 = /^#*0*\.([0#]+)/;
const CLOSEPAREN = /\)[^)]*[0#]/;
const PHONE = /\(###\) ###\\?-####/;

/** Fractions with a fixed denominator (# ?/8): write_num_f1 (float) and write_num_f2 (integer). */
function writeFixedFraction(r: RegExpMatchArray, aval: number, sign: string, int: boolean): string {
	if (int) return sign + (aval === 0 ? '' : '' + aval) + fill(' ', r[1].length + 2 + r[4].length);
	const den = parseInt(r[4], 10);
	const rr = Math.round(aval * den);
	const base = Math.floor(rr / den);
	const myn = rr - base * den;
	return sign + (base === 0 ? '' : '' + base) + ' ' + (myn === 0 ? fill(' ', r[1].length + 1 + r[4].length) : padSpace(myn, r[1].length) + r[2] + '/' + r[3] + pad0(den, r[4].length));
}

/** ?/? and # ?/?: a fraction with up to as many denominator digits as the pattern shows (at most 7). */
function writeFraction(fmt: string, aval: number, sign: string): string | null {
	let r = fmt.match(/^([#0?]+)( ?)\/( ?)([#0?]+)/);
	if (r) {
		const ri = Math.min(r[4].length, 7);
		const ff = frac(aval, Math.pow(10, ri) - 1, false);
		let o = '' + sign;
		let oa = writeNum('n', r[1], ff[1]);
		if (oa.charAt(oa.length - 1) == ' ') oa = oa.substr(0, oa.length - 1) + '0';
		o += oa + r[2] + '/' + r[3];
		oa = rpadSpace(ff[2], ri);
		if (oa.length < r[4].length) oa = hashq(r[4].substr(r[4].length - oa.length)) + oa;
		return o + oa;
	}
	r = fmt.match(/^# ([#0?]+)( ?)\/( ?)([#0?]+)/);
	if (r) {
		const ri = Math.min(Math.max(r[1].length, r[4].length), 7);
		const ff = frac(aval, Math.pow(10, ri) - 1, true);
		return sign + (ff[0] || (ff[1] ? '' : '0')) + ' ' + (ff[1] ? padSpace(ff[1], ri) + r[2] + '/' + r[3] + rpadSpace(ff[2], ri) : fill(' ', 2 * ri + 1 + r[2].length + r[3].length));
	}
	return null;
}

/** The steps write_num_int and write_num_flt share before they part (parentheses, scaling, %, E, $). */
function writeCommon(type: string, fmt: string, val: number, int: boolean): string | null {
	const self = int ? writeNumInt : writeNumFlt;
	if (type.charCodeAt(0) === 40 && !fmt.match(CLOSEPAREN)) {
		const ffmt = fmt.replace(/\( */, '').replace(/ \)/, '').replace(/\)/, '');
		if (val >= 0) return self('n', ffmt, val);
		return '(' + self('n', ffmt, -val) + ')';
	}
	if (fmt.charCodeAt(fmt.length - 1) === 44) return writeScaled(type, fmt, val);
	if (fmt.indexOf('%') !== -1) return writePercent(type, fmt, val);
	if (fmt.indexOf('E') !== -1) return writeExp(fmt, val, int);
	if (fmt.charCodeAt(0) === 36) return '$' + self(type, fmt.substr(fmt.charAt(1) == ' ' ? 2 : 1), val);
	return null;
}

/** 000-00-0000 and the like: the digits placed right to left into the pattern. */
function writeDashed(fmt: string, digits: string): string {
	const o = strrev(digits);
	let ri = 0;
	return strrev(strrev(fmt.replace(/\\/g, '')).replace(/[0#]/g, (x) => (ri < o.length ? o.charAt(ri++) : x === '0' ? '0' : '')));
}

function unsupported(fmt: string): Error {
	return new Error('unsupported format |' + fmt + '|');
}

/** write_num_flt: a value that is not an integer. */
function writeNumFlt(type: string, fmt: string, val: number): string {
	const common = writeCommon(type, fmt, val, false);
	if (common !== null) return common;
	let o: string;
	let r: RegExpMatchArray | null;
	const aval = Math.abs(val);
	const sign = val < 0 ? '-' : '';
	if (fmt.match(/^00+$/)) return sign + pad0r(aval, fmt.length);
	if (fmt.match(/^[#?]+$/)) {
		o = pad0r(val, 0);
		if (o === '0') o = '';
		return o.length > fmt.length ? o : hashq(fmt.substr(0, fmt.length - o.length)) + o;
	}
	if ((r = fmt.match(FRAC1))) return writeFixedFraction(r, aval, sign, false);
	if (fmt.match(/^#+0+$/)) return sign + pad0r(aval, fmt.length - fmt.indexOf('0'));
	if ((r = fmt.match(DEC1))) {
		const d = r[1];
		o = rnd(val, d.length)
			.replace(/^([^.]+)$/, '$1.' + hashq(d))
			.replace(/\.$/, '.' + hashq(d))
			.replace(/\.(\d*)$/, (_$$, $1: string) => '.' + $1 + fill('0', hashq(d).length - $1.length));
		return fmt.indexOf('0.') !== -1 ? o : o.replace(/^0\./, '.');
	}
	fmt = fmt.replace(/^#+([0.])/, '$1');
	if ((r = fmt.match(/^(0*)\.(#*)$/))) {
		const lead = r[1];
		return sign + rnd(aval, r[2].length).replace(/\.(\d*[1-9])0*$/, '.$1').replace(/^(-?\d*)$/, '$1.').replace(/^0\./, lead.length ? '0.' : '.');
	}
	if (fmt.match(/^#{1,3},##0(\.?)$/)) return sign + commaify(pad0r(aval, 0));
	if ((r = fmt.match(/^#,##0\.([#0]*0)$/))) {
		const d = r[1].length;
		return val < 0 ? '-' + writeNumFlt(type, fmt, -val) : commaify('' + (Math.floor(val) + carry(val, d))) + '.' + pad0(dec(val, d), d);
	}
	if (fmt.match(/^#,#*,#0/)) return writeNumFlt(type, fmt.replace(/^#,#*,/, ''), val);
	if (fmt.match(/^([0#]+)(\\?-([0#]+))+$/)) return writeDashed(fmt, writeNumFlt(type, fmt.replace(/[\\-]/g, ''), val));
	if (fmt.match(PHONE)) {
		o = writeNumFlt(type, '##########', val);
		return '(' + o.substr(0, 3) + ') ' + o.substr(3, 3) + '-' + o.substr(6);
	}
	const fraction = writeFraction(fmt, aval, sign);
	if (fraction !== null) return fraction;
	if (fmt.match(/^[#0?]+$/)) {
		o = pad0r(val, 0);
		if (fmt.length <= o.length) return o;
		return hashq(fmt.substr(0, fmt.length - o.length)) + o;
	}
	if ((r = fmt.match(/^([#0?]+)\.([#0]+)$/))) {
		o = '' + val.toFixed(Math.min(r[2].length, 10)).replace(/([^0])0+$/, '$1');
		const ri = o.indexOf('.');
		const lres = fmt.indexOf('.') - ri;
		const rres = fmt.length - o.length - lres;
		return hashq(fmt.substr(0, lres) + o + fmt.substr(fmt.length - rres));
	}
	if ((r = fmt.match(/^00,000\.([#0]*0)$/))) {
		const ri = dec(val, r[1].length);
		return val < 0
			? '-' + writeNumFlt(type, fmt, -val)
			: commaify(flr(val))
					.replace(/^\d,\d{3}$/, '0$&')
					.replace(/^\d*$/, ($$) => '00,' + ($$.length < 3 ? pad0(0, 3 - $$.length) : '') + $$) +
					'.' +
					pad0(ri, r[1].length);
	}
	switch (fmt) {
		case '###,##0.00':
			return writeNumFlt(type, '#,##0.00', val);
		case '###,###':
		case '##,###':
		case '#,###': {
			const x = commaify(pad0r(aval, 0));
			return x !== '0' ? sign + x : '';
		}
		case '###,###.00':
			return writeNumFlt(type, '###,##0.00', val).replace(/^0\./, '.');
		case '#,###.00':
			return writeNumFlt(type, '#,##0.00', val).replace(/^0\./, '.');
	}
	throw unsupported(fmt);
}

/** write_num_int: an integer value. */
function writeNumInt(type: string, fmt: string, val: number): string {
	const common = writeCommon(type, fmt, val, true);
	if (common !== null) return common;
	let o: string;
	let r: RegExpMatchArray | null;
	const aval = Math.abs(val);
	const sign = val < 0 ? '-' : '';
	if (fmt.match(/^00+$/)) return sign + pad0(aval, fmt.length);
	if (fmt.match(/^[#?]+$/)) {
		o = '' + val;
		if (val === 0) o = '';
		return o.length > fmt.length ? o : hashq(fmt.substr(0, fmt.length - o.length)) + o;
	}
	if ((r = fmt.match(FRAC1))) return writeFixedFraction(r, aval, sign, true);
	if (fmt.match(/^#+0+$/)) return sign + pad0(aval, fmt.length - fmt.indexOf('0'));
	if ((r = fmt.match(DEC1))) {
		const d = r[1];
		o = ('' + val).replace(/^([^.]+)$/, '$1.' + hashq(d)).replace(/\.$/, '.' + hashq(d));
		o = o.replace(/\.(\d*)$/, (_$$, $1: string) => '.' + $1 + fill('0', hashq(d).length - $1.length));
		return fmt.indexOf('0.') !== -1 ? o : o.replace(/^0\./, '.');
	}
	fmt = fmt.replace(/^#+([0.])/, '$1');
	if ((r = fmt.match(/^(0*)\.(#*)$/))) {
		const lead = r[1];
		return sign + ('' + aval).replace(/\.(\d*[1-9])0*$/, '.$1').replace(/^(-?\d*)$/, '$1.').replace(/^0\./, lead.length ? '0.' : '.');
	}
	if (fmt.match(/^#{1,3},##0(\.?)$/)) return sign + commaify('' + aval);
	if ((r = fmt.match(/^#,##0\.([#0]*0)$/))) return val < 0 ? '-' + writeNumInt(type, fmt, -val) : commaify('' + val) + '.' + fill('0', r[1].length);
	if (fmt.match(/^#,#*,#0/)) return writeNumInt(type, fmt.replace(/^#,#*,/, ''), val);
	if (fmt.match(/^([0#]+)(\\?-([0#]+))+$/)) return writeDashed(fmt, writeNumInt(type, fmt.replace(/[\\-]/g, ''), val));
	if (fmt.match(PHONE)) {
		o = writeNumInt(type, '##########', val);
		return '(' + o.substr(0, 3) + ') ' + o.substr(3, 3) + '-' + o.substr(6);
	}
	const fraction = writeFraction(fmt, aval, sign);
	if (fraction !== null) return fraction;
	if (fmt.match(/^[#0?]+$/)) {
		o = '' + val;
		if (fmt.length <= o.length) return o;
		return hashq(fmt.substr(0, fmt.length - o.length)) + o;
	}
	if ((r = fmt.match(/^([#0]+)\.([#0]+)$/))) {
		o = '' + val.toFixed(Math.min(r[2].length, 10)).replace(/([^0])0+$/, '$1');
		const ri = o.indexOf('.');
		const lres = fmt.indexOf('.') - ri;
		const rres = fmt.length - o.length - lres;
		return hashq(fmt.substr(0, lres) + o + fmt.substr(fmt.length - rres));
	}
	if ((r = fmt.match(/^00,000\.([#0]*0)$/))) {
		return val < 0
			? '-' + writeNumInt(type, fmt, -val)
			: commaify('' + val)
					.replace(/^\d,\d{3}$/, '0$&')
					.replace(/^\d*$/, ($$) => '00,' + ($$.length < 3 ? pad0(0, 3 - $$.length) : '') + $$) +
					'.' +
					pad0(0, r[1].length);
	}
	switch (fmt) {
		case '###,###':
		case '##,###':
		case '#,###': {
			const x = commaify('' + aval);
			return x !== '0' ? sign + x : '';
		}
		default:
			if (fmt.match(/\.[0#?]*$/)) return writeNumInt(type, fmt.slice(0, fmt.lastIndexOf('.')), val) + hashq(fmt.slice(fmt.lastIndexOf('.')));
	}
	throw unsupported(fmt);
}

/** write_num: a number into a digit pattern (type 'n', '?' or '('), as SSF places it. */
export function writeNum(type: string, fmt: string, val: number): string {
	return (val | 0) === val ? writeNumInt(type, fmt, val) : writeNumFlt(type, fmt, val);
}
