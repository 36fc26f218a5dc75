/**
 * SSF's format engine (ssf.js, Apache-2.0, © SheetJS), ported as it is:
 * SSF_split_fmt and choose_fmt pick the section a number takes (by sign or
 * by [condition]); eval_fmt reads the section into tokens (literals, padding
 * _x, fills *x, colours and locales in [...], date/time tokens, digit
 * patterns), writes the date parts, then places write_num's digits into the
 * pattern. Every quirk is SSF's own; the text must be SheetJS's. Throws where
 * SSF throws (SheetJS then keeps no text for the cell).
 */
import { isDateFormat, isGeneral, parseDateCode, writeDate, ABSTIME, type DateCode } from './number-format-date';
import { generalNumber, writeNum } from './number-format-num';

/** SSF_split_fmt: the ;-separated sections. Throws on an unterminated string, as SSF does. */
export function splitSections(fmt: string): string[] {
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
	if (inStr) throw new Error('Format |' + fmt + '| unterminated string ');
	return out;
}

const CONDITION = /\[(=|>[=]?|<[>=]?)(-?\d+(?:\.\d*)?)\]/;

function meetsCondition(v: number, rr: RegExpMatchArray | null): boolean {
	if (rr == null) return false;
	const thresh = parseFloat(rr[2]);
	switch (rr[1]) {
		case '=':
			return v == thresh;
		case '>':
			return v > thresh;
		case '<':
			return v < thresh;
		case '<>':
			return v != thresh;
		case '>=':
			return v >= thresh;
		case '<=':
			return v <= thresh;
	}
	return false;
}

/** choose_fmt for a number: [how many number sections count (flen), the section]. */
export function chooseSection(f: string, v: number): [number, string] {
	let fmt = splitSections(f);
	let l = fmt.length;
	const lat = fmt[l - 1].indexOf('@');
	if (l < 4 && lat > -1) --l;
	if (fmt.length > 4) throw new Error('cannot find right format for |' + fmt.join('|') + '|');
	switch (fmt.length) {
		case 1:
			fmt = lat > -1 ? ['General', 'General', 'General', fmt[0]] : [fmt[0], fmt[0], fmt[0], '@'];
			break;
		case 2:
			fmt = lat > -1 ? [fmt[0], fmt[0], fmt[0], fmt[1]] : [fmt[0], fmt[1], fmt[0], '@'];
			break;
		case 3:
			fmt = lat > -1 ? [fmt[0], fmt[1], fmt[0], fmt[2]] : [fmt[0], fmt[1], fmt[2], '@'];
			break;
	}
	const ff = v > 0 ? fmt[0] : v < 0 ? fmt[1] : fmt[2];
	if (fmt[0].indexOf('[') === -1 && fmt[1].indexOf('[') === -1) return [l, ff];
	if (fmt[0].match(/\[[=<>]/) != null || fmt[1].match(/\[[=<>]/) != null) {
		const m1 = fmt[0].match(CONDITION);
		const m2 = fmt[1].match(CONDITION);
		return meetsCondition(v, m1) ? [l, fmt[0]] : meetsCondition(v, m2) ? [l, fmt[1]] : [l, fmt[m1 != null && m2 != null ? 2 : 1]];
	}
	return [l, ff];
}

/**
 * One token of a section. t: 't' literal, 'T' text or AM/PM, 'n' digits,
 * '?' spaces-for-digits, 'D' a digit run, ' ' a space, '(' ')' parentheses,
 * 'G' General, 'X' B1/B2, ';' emptied; date letters y m d h H M s e b g, Z
 * elapsed time. `num` marks SSF's @ token, whose value is the number itself.
 */
interface Token {
	t: string;
	v: string;
	num?: boolean;
}

/** What the tokenizer found: the tokens, the date parts if any, the hour kind; or '' where SSF gives up early. */
interface Tokens {
	out: Token[];
	dt: DateCode | null;
	hr: string;
}

const LITERALS = ",$-+/():!^&'~{}<>=€acfijklopqrtuvwxzP";

/** eval_fmt's first pass: the section's tokens; '' where SSF returns the empty text (a date part of a negative or out-of-range value). */
function tokenize(fmt: string, v: number, date1904: boolean, flen: number): Tokens | '' {
	const out: Token[] = [];
	let o = '';
	let i = 0;
	let c = '';
	let lst = 't';
	let dt: DateCode | null = null;
	let hr = 'H';
	while (i < fmt.length) {
		switch ((c = fmt.charAt(i))) {
			case 'G':
				if (!isGeneral(fmt, i)) throw new Error('unrecognized character ' + c + ' in ' + fmt);
				out.push({ t: 'G', v: 'General' });
				i += 7;
				break;
			case '"':
				for (o = ''; fmt.charCodeAt(++i) !== 34 && i < fmt.length; ) o += fmt.charAt(i);
				out.push({ t: 't', v: o });
				++i;
				break;
			case '\\': {
				const w = fmt.charAt(++i);
				out.push({ t: w === '(' || w === ')' ? w : 't', v: w });
				++i;
				break;
			}
			case '_':
				// _x: a space as wide as x.
				out.push({ t: 't', v: ' ' });
				i += 2;
				break;
			case '@':
				out.push({ t: 'T', v: String(v), num: true });
				++i;
				break;
			case 'B':
			case 'b':
				if (fmt.charAt(i + 1) === '1' || fmt.charAt(i + 1) === '2') {
					if (dt == null && (dt = parseDateCode(v, date1904, fmt.charAt(i + 1) === '2')) == null) return '';
					out.push({ t: 'X', v: fmt.substr(i, 2) });
					lst = c;
					i += 2;
					break;
				}
			// falls through
			case 'M':
			case 'D':
			case 'Y':
			case 'H':
			case 'S':
			case 'E':
				c = c.toLowerCase();
			// falls through
			case 'm':
			case 'd':
			case 'y':
			case 'h':
			case 's':
			case 'e':
			case 'g':
				if (v < 0) return '';
				if (dt == null && (dt = parseDateCode(v, date1904)) == null) return '';
				o = c;
				while (++i < fmt.length && fmt.charAt(i).toLowerCase() === c) o += c;
				if (c === 'm' && lst.toLowerCase() === 'h') c = 'M';
				if (c === 'h') c = hr;
				out.push({ t: c, v: o });
				lst = c;
				break;
			case 'A':
			case 'a':
			case '上': {
				const q: Token = { t: c, v: c };
				if (dt == null) dt = parseDateCode(v, date1904);
				const H = dt?.H;
				if (fmt.substr(i, 3).toUpperCase() === 'A/P') {
					if (H != null) q.v = H >= 12 ? fmt.charAt(i + 2) : c;
					q.t = 'T';
					hr = 'h';
					i += 3;
				} else if (fmt.substr(i, 5).toUpperCase() === 'AM/PM') {
					if (H != null) q.v = H >= 12 ? 'PM' : 'AM';
					q.t = 'T';
					i += 5;
					hr = 'h';
				} else if (fmt.substr(i, 5).toUpperCase() === '上午/下午') {
					if (H != null) q.v = H >= 12 ? '下午' : '上午';
					q.t = 'T';
					i += 5;
					hr = 'h';
				} else {
					// A lone a/A/上 is a literal (so SSF writes Excel's day names aaaa as "aaaa").
					q.t = 't';
					++i;
				}
				if (dt == null && q.t === 'T') return '';
				out.push(q);
				lst = c;
				break;
			}
			case '[':
				o = c;
				while (fmt.charAt(i++) !== ']' && i < fmt.length) o += fmt.charAt(i);
				if (o.slice(-1) !== ']') throw new Error('unterminated "[" block: |' + o + '|');
				if (ABSTIME.test(o)) {
					if (dt == null && (dt = parseDateCode(v, date1904)) == null) return '';
					out.push({ t: 'Z', v: o.toLowerCase() });
					lst = o.charAt(1);
				} else if (o.indexOf('$') > -1) {
					// [$¥-804]: the currency text, unless the whole section is a date. Colours, conditions, [DBNum1]: nothing.
					o = (o.match(/\$([^-[\]]*)/) || [])[1] || '$';
					if (!isDateFormat(fmt)) out.push({ t: 't', v: o });
				}
				break;
			case '.':
				if (dt != null) {
					o = c;
					while (++i < fmt.length && (c = fmt.charAt(i)) === '0') o += c;
					out.push({ t: 's', v: o });
					break;
				}
			// falls through
			case '0':
			case '#':
				o = c;
				while (++i < fmt.length && '0#?.,E+-%'.indexOf((c = fmt.charAt(i))) > -1) o += c;
				out.push({ t: 'n', v: o });
				break;
			case '?':
				o = c;
				while (fmt.charAt(++i) === c) o += c;
				out.push({ t: c, v: o });
				lst = c;
				break;
			case '*':
				// *x: fill the cell's width with x — SSF writes nothing.
				++i;
				if (fmt.charAt(i) == ' ' || fmt.charAt(i) == '*') ++i;
				break;
			case '(':
			case ')':
				out.push({ t: flen === 1 ? 't' : c, v: c });
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
				o = c;
				while (i < fmt.length && '0123456789'.indexOf(fmt.charAt(++i)) > -1) o += fmt.charAt(i);
				out.push({ t: 'D', v: o });
				break;
			case ' ':
				out.push({ t: c, v: c });
				++i;
				break;
			case '$':
				out.push({ t: 't', v: '$' });
				++i;
				break;
			default:
				if (LITERALS.indexOf(c) === -1) throw new Error('unrecognized character ' + c + ' in ' + fmt);
				out.push({ t: 't', v: c });
				++i;
				break;
		}
	}
	return { out, dt, hr };
}

/** eval_fmt's second pass: which tokens are hours, minutes, seconds; how far the time rounds (bt) and the second's decimals (ss0). */
function markTimeTokens(out: Token[], hr: string): { bt: number; ss0: number } {
	let bt = 0;
	let ss0 = 0;
	let lst = 't';
	for (let i = out.length - 1; i >= 0; --i) {
		const tok = out[i];
		switch (tok.t) {
			case 'h':
			case 'H':
				tok.t = hr;
				lst = 'h';
				if (bt < 1) bt = 1;
				break;
			case 's': {
				const ssm = tok.v.match(/\.0+$/);
				if (ssm) {
					ss0 = Math.max(ss0, ssm[0].length - 1);
					bt = 4;
				}
				if (bt < 3) bt = 3;
				lst = tok.t;
				break;
			}
			case 'd':
			case 'y':
			case 'e':
				lst = tok.t;
				break;
			case 'M':
				lst = tok.t;
				if (bt < 2) bt = 2;
				break;
			case 'm':
				// m right before seconds is minutes.
				if (lst === 's') {
					tok.t = 'M';
					if (bt < 2) bt = 2;
				}
				break;
			case 'Z':
				if (bt < 1 && tok.v.match(/[Hh]/)) bt = 1;
				if (bt < 2 && tok.v.match(/[Mm]/)) bt = 2;
				if (bt < 3 && tok.v.match(/[Ss]/)) bt = 3;
		}
	}
	return { bt, ss0 };
}

/** Carries a rounded-up second into the minute, hour and day, as SSF does (the next day read without the 1904 shift). */
function roundTime(dt: DateCode, bt: number, ss0: number): DateCode {
	if (bt === 0) return dt;
	if (bt === 4) {
		if (ss0 === 1) dt.u = Math.round(dt.u * 10) / 10;
		else if (ss0 === 2) dt.u = Math.round(dt.u * 100) / 100;
		else if (ss0 === 3) dt.u = Math.round(dt.u * 1000) / 1000;
		if (dt.u >= 1) {
			dt.u = 0;
			++dt.S;
		}
	} else if (dt.u >= 0.5) {
		dt.u = 0;
		++dt.S;
	}
	if (dt.S >= 60) {
		dt.S = 0;
		++dt.M;
	}
	if (dt.M >= 60) {
		dt.M = 0;
		++dt.H;
	}
	if (dt.H >= 24) {
		dt.H = 0;
		++dt.D;
		const next = parseDateCode(dt.D);
		if (next == null) throw new TypeError('date past the end'); // SSF fails on null here too
		next.u = dt.u;
		next.S = dt.S;
		next.M = dt.M;
		next.H = dt.H;
		return next;
	}
	return dt;
}

/** eval_fmt: one section's text for v. flen: how many number sections the format has (choose_fmt). */
export function evalFormat(fmt: string, v: number, date1904: boolean, flen: number): string {
	const tokens = tokenize(fmt, v, date1904, flen);
	if (tokens === '') return '';
	const { out, hr } = tokens;
	const { bt, ss0 } = markTimeTokens(out, hr);
	const dt = tokens.dt ? roundTime(tokens.dt, bt, ss0) : null;
	const nstr = writeDateTokens(out, dt, ss0, v);
	if (nstr.length > 0) placeDigits(out, nstr, v, flen);
	for (let i = 0; i < out.length; ++i)
		if ('n?'.indexOf(out[i].t) > -1) {
			const myv = flen > 1 && v < 0 && i > 0 && out[i - 1].v === '-' ? -v : v;
			out[i].v = writeNum(out[i].t, out[i].v, myv);
			out[i].t = 't';
		}
	let retval = '';
	for (let i = 0; i !== out.length; ++i) retval += out[i].v;
	return retval;
}

/** eval_fmt's "replace fields": date tokens become text; a digit pattern absorbs the tokens that belong to it. Returns the joined digit patterns. */
function writeDateTokens(out: Token[], dt: DateCode | null, ss0: number, v: number): string {
	let nstr = '';
	for (let i = 0; i < out.length; ++i) {
		switch (out[i].t) {
			case 't':
			case 'T':
			case ' ':
			case 'D':
				break;
			case 'X':
				out[i].v = '';
				out[i].t = ';';
				break;
			case 'd':
			case 'm':
			case 'y':
			case 'h':
			case 'H':
			case 'M':
			case 's':
			case 'e':
			case 'b':
			case 'Z':
				if (!dt) throw new TypeError('no date'); // unreachable in SSF: a date token parsed the date
				out[i].v = writeDate(out[i].t, out[i].v, dt, ss0);
				out[i].t = 't';
				break;
			case 'n':
			case '?': {
				let jj = i + 1;
				let c: string;
				while (
					out[jj] != null &&
					((c = out[jj].t) === '?' ||
						c === 'D' ||
						((c === ' ' || c === 't') && out[jj + 1] != null && (out[jj + 1].t === '?' || (out[jj + 1].t === 't' && out[jj + 1].v === '/'))) ||
						(out[i].t === '(' && (c === ' ' || c === 'n' || c === ')')) ||
						(c === 't' && (out[jj].v === '/' || (out[jj].v === ' ' && out[jj + 1] != null && out[jj + 1].t == '?'))))
				) {
					out[i].v += out[jj].v;
					out[jj] = { v: '', t: ';' };
					++jj;
				}
				nstr += out[i].v;
				i = jj - 1;
				break;
			}
			case 'G':
				out[i].t = 't';
				out[i].v = generalNumber(v);
				break;
		}
	}
	return nstr;
}

/** SSF reads .indexOf of the @ token's value, a number there: a TypeError SheetJS meets too. */
function hasDot(tok: Token): boolean {
	if (tok.num) throw new TypeError('out[i].v.indexOf is not a function');
	return tok.v.indexOf('.') > -1;
}

/** eval_fmt's placing of write_num's text for the joined pattern into the tokens, right to left (and after the point, left to right). */
function placeDigits(out: Token[], nstr: string, v: number, flen: number): void {
	let ostr: string;
	if (nstr.charCodeAt(0) == 40) {
		ostr = writeNum('n', nstr, v);
	} else {
		const myv = v < 0 && flen > 1 ? -v : v;
		ostr = writeNum('n', nstr, myv);
		if (myv < 0 && out[0] && out[0].t == 't') {
			// The minus goes before any leading literal ("¥" then -5 → -¥5).
			ostr = ostr.substr(1);
			out[0].v = '-' + out[0].v;
		}
	}
	let jj = ostr.length - 1;
	let decpt = out.length;
	for (let i = 0; i < out.length; ++i)
		if (out[i].t != 't' && hasDot(out[i])) {
			decpt = i;
			break;
		}
	let lasti = out.length;
	if (ostr.indexOf('E') !== -1) return;
	if (decpt === out.length) {
		for (let i = out.length - 1; i >= 0; --i) {
			if ('n?'.indexOf(out[i].t) === -1) continue;
			if (jj >= out[i].v.length - 1) {
				jj -= out[i].v.length;
				out[i].v = ostr.substr(jj + 1, out[i].v.length);
			} else if (jj < 0) out[i].v = '';
			else {
				out[i].v = ostr.substr(0, jj + 1);
				jj = -1;
			}
			out[i].t = 't';
			lasti = i;
		}
		if (jj >= 0 && lasti < out.length) out[lasti].v = ostr.substr(0, jj + 1) + out[lasti].v;
		return;
	}
	jj = ostr.indexOf('.') - 1;
	for (let i = decpt; i >= 0; --i) {
		if ('n?'.indexOf(out[i].t) === -1) continue;
		let j = out[i].v.indexOf('.') > -1 && i === decpt ? out[i].v.indexOf('.') - 1 : out[i].v.length - 1;
		let vv = out[i].v.substr(j + 1);
		for (; j >= 0; --j) if (jj >= 0 && (out[i].v.charAt(j) === '0' || out[i].v.charAt(j) === '#')) vv = ostr.charAt(jj--) + vv;
		out[i].v = vv;
		out[i].t = 't';
		lasti = i;
	}
	if (jj >= 0 && lasti < out.length) out[lasti].v = ostr.substr(0, jj + 1) + out[lasti].v;
	jj = ostr.indexOf('.') + 1;
	for (let i = decpt; i < out.length; ++i) {
		if ('n?('.indexOf(out[i].t) === -1 && i !== decpt) continue;
		let j = out[i].v.indexOf('.') > -1 && i === decpt ? out[i].v.indexOf('.') + 1 : 0;
		let vv = out[i].v.substr(0, j);
		for (; j < out[i].v.length; ++j) if (jj < ostr.length) vv += ostr.charAt(jj++);
		out[i].v = vv;
		out[i].t = 't';
		lasti = i;
	}
}
