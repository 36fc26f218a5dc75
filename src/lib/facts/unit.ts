/**
 * 填报单位 as an identity: trimmed, inner whitespace (incl. full-width and
 * zero-width) removed, and every invisible format character removed too —
 * bidi marks and isolates (U+200E/F, U+202A–E, U+2066–9, U+061C), word
 * joiners (U+2060–4), soft hyphen, Mongolian vowel separator, BOM — so a
 * name pasted from a web page or a right-to-left system is the same unit.
 * A bracketed Chinese part is full-width (城关镇(东区) and 城关镇（东区） are one unit) and a
 * stamp note — （盖章）, （公章）, （签章）, （印章） — is no part of the name.
 */
export function normalizeUnit(name: string): string {
	let s = name.replace(/[\s\u3000\u00a0\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff]+/g, '');
	// A bracketed Chinese qualifier in full width, however typed; other brackets (a formula's) stay as written.
	s = s.replace(/[（(]([^()（）]*[\u4e00-\u9fa5][^()（）]*)[)）]/g, '（$1）');
	// Until none is left: removing one （盖章） must not leave another made of its halves (idempotent).
	for (let prev = ''; prev !== s; ) {
		prev = s;
		s = s.replace(/（(盖章|公章|签章|印章)）/g, '');
	}
	return s;
}

/*
 * Two spellings of one unit. Shared by the unit-merge proposals (checks/) and
 * the roster's matching (roster/): one notion of "the same unit" in the product.
 */

const OFFICE_SUFFIX = /(?:人民政府|街道办事处|街道办|办事处|政府)$/;
const PLACE_SUFFIX = /(?:街道|镇|乡)$/;
/** Characters that tell numbered or directional siblings apart (一村/二村, 东街/西街): never a typo to merge. */
const SIBLING_MARKS = new Set('0123456789０１２３４５６７８９一二三四五六七八九十百东西南北中上下前后左右内外新老大小'.split(''));

/** The name without the region it starts with (正宁县山河镇 → 山河镇; also 庆阳市正宁县山河镇). */
export function withoutRegion(name: string, region: string): string {
	if (!region) return name;
	const at = name.indexOf(region);
	if (at < 0 || name.length === at + region.length) return name;
	// Only a higher division may stand before the region (庆阳市 before 正宁县).
	if (at > 0 && !/^[\u4e00-\u9fa5]{1,12}[省市州盟]$/.test(name.slice(0, at))) return name;
	return name.slice(at + region.length);
}

/** The part of a name two spellings of one unit share: no region prefix, no 人民政府, no final 乡/镇/街道. */
export function unitCore(name: string, region: string): string {
	let core = withoutRegion(name, region).replace(OFFICE_SUFFIX, '');
	const place = core.replace(PLACE_SUFFIX, '');
	if (place.length >= 2) core = place;
	return core;
}

/** Whether a and b differ by exactly one insertion, deletion or substitution; returns the differing characters. */
function oneEdit(a: string, b: string): [string, string] | null {
	if (a === b || Math.abs(a.length - b.length) > 1) return null;
	const [s, l] = a.length <= b.length ? [a, b] : [b, a];
	let i = 0;
	while (i < s.length && s[i] === l[i]) i++;
	if (s.length === l.length) return s.slice(i + 1) === l.slice(i + 1) ? [s[i], l[i]] : null;
	return s.slice(i) === l.slice(i + 1) ? ['', l[i]] : null;
}

/** 一村/二村, 东街/西街, 城关村/城关一村: a numeral or direction tells siblings apart. */
const isSiblingMark = ([a, b]: [string, string]) => (a === '' || SIBLING_MARKS.has(a)) && SIBLING_MARKS.has(b);

/**
 * The two differing characters when a and b are one insertion, deletion or
 * substitution apart and that character is no sibling mark (一村/二村); else null.
 */
export function oneCharacterApart(a: string, b: string): [string, string] | null {
	const diff = oneEdit(a, b);
	return diff && !isSiblingMark(diff) ? diff : null;
}
