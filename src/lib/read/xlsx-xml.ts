/**
 * The small XML routines SheetJS reads .xlsx parts with (unescapexml,
 * parsexmltag, str_match_xml_ns, parse_si …), written again on decoded text
 * so the own reader (xlsx.ts) takes from each part exactly what SheetJS
 * takes. SheetJS runs them on the part's raw bytes as a "binary" string and
 * decodes UTF-8 afterwards; on valid UTF-8 whose markup is ASCII the two
 * agree, which is what the reader checks before using them.
 */

const ENCODINGS: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;

function rawUnescape(text: string): string {
	const s = text + '';
	const i = s.indexOf('<![CDATA[');
	if (i == -1)
		return s
			.replace(ENTITY, ($$, $1: string) => ENCODINGS[$$] || String.fromCharCode(parseInt($1, $$.indexOf('x') > -1 ? 16 : 10)) || $$)
			.replace(CODE, (_, c: string) => String.fromCharCode(parseInt(c, 16)));
	const j = s.indexOf(']]>');
	return rawUnescape(s.slice(0, i)) + s.slice(i + 9, j) + rawUnescape(s.slice(j + 3));
}

/** SheetJS's unescapexml: entities, character references, _xHHHH_ escapes, CDATA; with `xlsx`, \r\n → \n. */
export function unescapeXml(text: string, xlsx = false): string {
	const out = rawUnescape(text);
	return xlsx ? out.replace(/\r\n/g, '\n') : out;
}

/**
 * True when unescaping `raw` yields only ASCII characters from references and
 * escapes: SheetJS decodes a cell's <v> text as UTF-8 after unescaping it, so a
 * reference to a non-ASCII character comes out garbled there (and differently
 * in Node and browsers); such a cell is left to SheetJS.
 */
export function referencesAscii(raw: string): boolean {
	if (raw.indexOf('&#') < 0 && !CODE_START.test(raw)) return true;
	if (raw.indexOf('<![CDATA[') >= 0) return false;
	let ok = true;
	const once = raw.replace(ENTITY, ($$, $1: string) => {
		const ch = ENCODINGS[$$] || String.fromCharCode(parseInt($1, $$.indexOf('x') > -1 ? 16 : 10)) || $$;
		if (ch.charCodeAt(0) >= 0x80) ok = false;
		return ch;
	});
	// The escapes are applied after the references, to their output too.
	once.replace(CODE, (e, c: string) => {
		if (parseInt(c, 16) >= 0x80) ok = false;
		return e;
	});
	return ok;
}

const CODE_START = /_x/i;

/** SheetJS's tagregex (tagregex1): a start, end or empty tag with its attributes. */
export const TAG = /<[/?]?[a-zA-Z0-9:_-]+(?:\s+[^"\s?<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'"<>\s=]+))*\s*[/?]?>/gm;
const ATTR = /\s([^"\s?>/]+)\s*=\s*((?:")([^"]*)(?:")|(?:')([^']*)(?:')|([^'">\s]+))/g;

/** SheetJS's parsexmltag: [0] the tag's name (with its "<"), then each attribute by name and lower-cased name, without a namespace prefix. */
export function parseXmlTag(tag: string, skipRoot = false): Record<string | number, string> {
	const z: Record<string | number, string> = {};
	let eq = 0;
	let c = 0;
	for (; eq !== tag.length; ++eq) if ((c = tag.charCodeAt(eq)) === 32 || c === 10 || c === 13) break;
	if (!skipRoot) z[0] = tag.slice(0, eq);
	if (eq === tag.length) return z;
	const m = tag.match(ATTR);
	if (m)
		for (let i = 0; i != m.length; ++i) {
			const cc = m[i].slice(1);
			for (c = 0; c != cc.length; ++c) if (cc.charCodeAt(c) === 61) break;
			let q = cc.slice(0, c).trim();
			while (cc.charCodeAt(c + 1) == 32) ++c;
			const quot = (eq = cc.charCodeAt(c + 1)) == 34 || eq == 39 ? 1 : 0;
			const v = cc.slice(c + 1 + quot, cc.length - quot);
			let j = 0;
			for (j = 0; j != q.length; ++j) if (q.charCodeAt(j) === 58) break;
			if (j === q.length) {
				if (q.indexOf('_') > 0) q = q.slice(0, q.indexOf('_'));
				z[q] = v;
				z[q.toLowerCase()] = v;
			} else {
				const k = (j === 5 && q.slice(0, 5) === 'xmlns' ? 'xmlns' : '') + q.slice(j + 1);
				if (z[k] && q.slice(j - 3, j) == 'ext') continue;
				z[k] = v;
				z[k.toLowerCase()] = v;
			}
		}
	return z;
}

/** strip_ns: the tag name without its namespace prefix. */
export const stripNs = (x: string) => x.replace(/<(\/?)\w+:/, '<$1');

const MATCH_CACHE = new Map<string, [RegExp, RegExp]>();

function tagRegexes(tag: string): [RegExp, RegExp] {
	let res = MATCH_CACHE.get(tag);
	if (!res) MATCH_CACHE.set(tag, (res = [new RegExp('<(?:\\w+:)?' + tag + '\\b[^<>]*>', 'g'), new RegExp('</(?:\\w+:)?' + tag + '>', 'g')]));
	res[0].lastIndex = res[1].lastIndex = 0;
	return res;
}

/** SheetJS's str_match_xml_ns: [the element, its content] for the first <tag …> and the first </tag> after it. */
export function matchXmlNs(str: string, tag: string): [string, string, number] | null {
	const res = tagRegexes(tag);
	let m = res[0].exec(str);
	if (!m) return null;
	const si = m.index;
	const sf = res[0].lastIndex;
	res[1].lastIndex = res[0].lastIndex;
	m = res[1].exec(str);
	if (!m) return null;
	return [str.slice(si, res[1].lastIndex), str.slice(sf, m.index), si];
}

/** SheetJS's str_remove_xml_ns_g: the text without every <tag>…</tag>; null when one is not closed. */
export function removeXmlNs(str: string, tag: string): string | null {
	const res = tagRegexes(tag);
	const out: string[] = [];
	let m: RegExpExecArray | null;
	let ef = 0;
	while ((m = res[0].exec(str))) {
		out.push(str.slice(ef, m.index));
		res[1].lastIndex = res[0].lastIndex;
		const e = res[1].exec(str);
		if (!e) return null;
		ef = res[1].lastIndex;
		res[0].lastIndex = res[1].lastIndex;
	}
	out.push(str.slice(ef));
	return out.join('');
}

const SI_T = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const SI_R = /<(?:\w+:)?r\b[^<>]*>/;
const PLAIN_T = /^\s*<(?:\w+:)?t[^>]*>/;
const T_END = /<\/(?:\w+:)?t>/;

/** s up to the first match of `re` (not global): split(re)[0], without the copy of the expression split makes at each call. */
function beforeMatch(s: string, re: RegExp): string {
	const m = re.exec(s);
	return m ? s.slice(0, m.index) : s;
}
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * SheetJS's parse_si: the text of a shared or inline string (<t>, or the
 * runs' <t> without phonetic <rPh> runs). undefined where SheetJS gives none
 * (and null where its reading differs from this one's: a non-ASCII tag).
 */
export function stringItem(x: string): string | undefined | null {
	if (!x) return '';
	if (PLAIN_T.test(x)) return unescapeXml(beforeMatch(x.slice(x.indexOf('>') + 1), T_END) || '', true);
	if (SI_R.test(x)) {
		const stripped = removeXmlNs(x, 'rPh');
		if (stripped === null) return null;
		const runs = stripped.match(SI_T) || [];
		for (const r of runs) if (NON_ASCII.test(r.slice(0, r.indexOf('>')))) return null;
		TAG.lastIndex = 0;
		return unescapeXml(runs.join('').replace(TAG, ''), true);
	}
	return undefined;
}

const SST_OPEN = /<(?:\w+:)?(?:si|sstItem)>/g;
const SST_CLOSE = /<\/(?:\w+:)?(?:si|sstItem)>/;
const ASCII_TRIM = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** SheetJS's parse_sst_xml: the shared strings in order; null where this would not read them as SheetJS does. */
export function sharedStrings(data: string): (string | undefined)[] | null {
	const sst = matchXmlNs(data, 'sst');
	if (!sst) return [];
	const out: (string | undefined)[] = [];
	for (const piece of sst[1].replace(SST_OPEN, '').split(SST_CLOSE)) {
		// SheetJS trims each piece as bytes: only ASCII white space may be at its ends.
		const x = piece.replace(ASCII_TRIM, '');
		if (x && (x[0] !== '<' || x[x.length - 1] !== '>')) return null;
		const t = stringItem(x);
		if (t === null) return null;
		out.push(t);
	}
	return out;
}
