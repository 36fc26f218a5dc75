/**
 * SSF's number writers (ssf.js, Apache-2.0, © SheetJS) that the formats
 * number-format.ts writes itself need, ported as they are: General
 * (SSF_general_num) and the helpers of write_num's fixed-point paths.
 */

/** The text, zero-padded on the left to d characters. */
export function pad0(v: number | string, d: number): string {
	const t = '' + v;
	return t.length >= d ? t : '0'.repeat(d - t.length) + t;
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

/** Digits grouped by thousands with commas. */
export function commaify(s: string): string {
	const w = 3;
	if (s.length <= w) return s;
	let j = s.length % w;
	let o = s.substr(0, j);
	for (; j != s.length; j += w) o += (o.length > 0 ? ',' : '') + s.substr(j, w);
	return o;
}

/** The value rounded to d decimals, as text (trailing zeros dropped). */
export function rnd(val: number, d: number): string {
	const dd = Math.pow(10, d);
	return '' + Math.round(val * dd) / dd;
}

/** The d decimals as an integer (0 where they round up to a whole). */
export function dec(val: number, d: number): number {
	const frac = val - Math.floor(val);
	const dd = Math.pow(10, d);
	if (d < ('' + Math.round(frac * dd)).length) return 0;
	return Math.round(frac * dd);
}

/** 1 where the d decimals round up to a whole, else 0. */
export function carry(val: number, d: number): number {
	return d < ('' + Math.round((val - Math.floor(val)) * Math.pow(10, d))).length ? 1 : 0;
}
