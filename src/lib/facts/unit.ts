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
