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
 * Two spellings of one unit: the distinctive part of a name and what is around
 * it. Shared by the unit-merge proposals (checks/) and whatever else must tell
 * whether two names are one unit (the roster's matching).
 */

/** Words around a unit's own name that do not tell units apart. */
const STAMP = /[（(]\s*(?:盖章|公章|印章|章)\s*[)）]|盖章$/g;
const OFFICE_SUFFIX = /(?:人民政府|街道办事处|街道办|办事处|政府)$/;
/** 乡 and 镇 (and 街道) are one level: a 乡 becomes a 镇, a 镇 a 街道, and forms keep the old word. */
const TOWN_SUFFIX = /(?:街道|镇|乡)$/;

/** The name without the region it starts with (正宁县山河镇 → 山河镇; also 庆阳市正宁县山河镇). */
export function withoutRegion(name: string, region: string): string {
	if (!region) return name;
	const at = name.indexOf(region);
	if (at < 0 || name.length === at + region.length) return name;
	// Only a higher division may stand before the region (庆阳市 before 正宁县).
	if (at > 0 && !/^[\u4e00-\u9fa5]{1,12}[省市州盟]$/.test(name.slice(0, at))) return name;
	return name.slice(at + region.length);
}

interface Core {
	/** The distinctive part: what is left when the variant parts are taken off. */
	core: string;
	/** What was taken off, in words (正宁县, 人民政府, （盖章）, 镇). */
	dropped: string[];
}

/** The distinctive part of a name and the variant parts around it. */
export function nameCore(name: string, region: string): Core {
	const dropped: string[] = [];
	let core = name.replace(/\s+/g, '');
	const stamps = core.match(STAMP);
	if (stamps) {
		dropped.push(...stamps);
		core = core.replace(STAMP, '');
	}
	const local = withoutRegion(core, region);
	if (local !== core) dropped.push(core.slice(0, core.length - local.length));
	core = local;
	const office = OFFICE_SUFFIX.exec(core);
	if (office && core.length - office[0].length >= 2) {
		dropped.push(office[0]);
		core = core.slice(0, office.index);
	}
	const town = TOWN_SUFFIX.exec(core);
	if (town && core.length - town[0].length >= 2) {
		dropped.push(town[0]);
		core = core.slice(0, town.index);
	}
	return { core, dropped };
}

/** The part of a name two spellings of one unit share: no region prefix, no 人民政府/（盖章）, no final 乡/镇/街道. */
export function unitCore(name: string, region: string): string {
	return nameCore(name, region).core;
}
