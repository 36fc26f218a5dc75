/**
 * Outline numbers as offices write them before a heading, a group row's name or a clause: 一、, （二）, 3.,
 * ①, 一是, 第四部分. Two readings share the numerals: a table's row label is told by its numbering's style
 * (units numbered alike are siblings, a group row is numbered otherwise); a form's sentence by its section
 * marker and that marker's outline level.
 */

/** The Chinese numerals an outline counts with. */
export const CN = '一二三四五六七八九十';

/** Numberings a clerk puts before a group row's name (一、商水县, （二）, 第三片区 …), each its own style. */
const NUMBERINGS: [string, RegExp][] = [
	['cn', new RegExp(`^[${CN}]+\\s*[、.．:：]`)],
	['paren', new RegExp(`^[（(]\\s*[${CN}\\d]+\\s*[)）]`)],
	['arabic', /^\d+\s*[、．]|^\d+\.(?!\d)/],
	// 第一片区, 第二部分：… — never 第一中学 or 第二人民医院, units named with an ordinal.
	['ordinal', new RegExp(`^第[${CN}\\d]+(?:(?:部分|组|片区?|类)\\s*[、.．:：]?|\\s*[、.．:：])`)],
	['shi', new RegExp(`^[${CN}]+是`)],
	['roman', /^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\s*[、.．]?/]
];

/** A row label's numbering: its style and the label after it; null when it has none (or is nothing but one). */
export function numbering(text: string): { style: string; rest: string } | null {
	const t = text.trim();
	for (const [style, re] of NUMBERINGS) {
		const m = re.exec(t);
		if (m && m[0].length < t.length) return { style, rest: t.slice(m[0].length) };
	}
	return null;
}

/*
 * Section numbers offices put before their sentences: （一）, (2), （十二）, 一、, 1., 1、, ①, 一是, 第一项.
 * A bracketed one looks like a filled slot ((3) 开展…), but a slot has a measure word after it or
 * words naming it before it; a section number opens its clause and a word follows it at once. It is
 * text, never a count (reading (1) as a count would invent a fact).
 */

/** （三）, (1), ［2］ opening a clause, then a word (no unit: （3）场 is a slot). */
const BRACKETED = new RegExp(`^[\\s\\u3000]*[（(［[]([${CN}]{1,3}|[0-9０-９]{1,2})[)）］\\]]`);
/** Any section marker at the start of a line: bracketed, 一、, 1. / 1、 / 1．, ①, 一是, 第一项/第一条/第一部分. */
const ANY = new RegExp(
	`^[\\s\\u3000]*(?:[（(［[](?:[${CN}]{1,3}|[0-9０-９]{1,2})[)）］\\]]|[${CN}]{1,3}[、．.]|[0-9０-９]{1,2}[、．.](?![0-9０-９])|[①-⑳]|[${CN}]{1,2}是|第[${CN}0-9]{1,3}(?:项|条|部分))`
);

/** Length of a bracketed section number opening `clause` when a word (not a unit) follows it, else 0. */
export function bracketedSectionNumber(clause: string, isUnitAt: (pos: number) => boolean): number {
	const m = BRACKETED.exec(clause);
	if (!m) return 0;
	const end = m[0].length;
	const next = clause.charAt(end);
	if (!/[\u4e00-\u9fa5A-Za-z“"‘]/.test(next) || isUnitAt(end)) return 0;
	return end;
}

/** True when a line opens with a section marker (a new item of the cell, never the end of the line before). */
export const startsWithSection = (line: string) => ANY.test(line);

/** Outline levels as offices nest them: 一、 above （一） above 1. above （1） above ①. */
const LEVELS: RegExp[] = [
	new RegExp(`^[\\s\\u3000]*(?:[${CN}]{1,3}[、．.]|第[${CN}]{1,3}(?:项|条|部分))`),
	new RegExp(`^[\\s\\u3000]*[（(［[][${CN}]{1,3}[)）］\\]]`),
	new RegExp(`^[\\s\\u3000]*(?:[0-9０-９]{1,2}[、．.](?![0-9０-９])|[${CN}]{1,2}是)`),
	/^[\s\u3000]*[（(［[][0-9０-９]{1,2}[)）］\]]/,
	/^[\s\u3000]*[①-⑳]/
];

/** The outline level of a line's section number (0 = 一、, deeper is larger), or -1 when it has none. */
export function sectionLevel(line: string): number {
	return LEVELS.findIndex((re) => re.test(line));
}

/** The line without the section number opening it (（1）观看警示教育片 → 观看警示教育片). */
export function withoutSection(line: string): string {
	const m = ANY.exec(line);
	return m ? line.slice(m[0].length).replace(/^[\s\u3000]+/, '') : line;
}
