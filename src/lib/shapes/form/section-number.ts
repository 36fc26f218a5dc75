/**
 * Section numbers offices put before their sentences: （一）, (2), （十二）, 一、, 1., 1、, ①, 一是, 第一项.
 * A bracketed one looks like a filled slot ((3) 开展…), but a slot has a measure word after it or
 * words naming it before it; a section number opens its clause and a word follows it at once. It is
 * text, never a count (reading (1) as a count would invent a fact).
 */

/** （三）, (1), ［2］ opening a clause, then a word (no unit: （3）场 is a slot). */
const BRACKETED = /^[\s\u3000]*[（(［[]([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[)）］\]]/;
/** Any section marker at the start of a line: bracketed, 一、, 1. / 1、 / 1．, ①, 一是, 第一项/第一条/第一部分. */
const ANY = /^[\s\u3000]*(?:[（(［[](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[)）］\]]|[一二三四五六七八九十]{1,3}[、．.]|[0-9０-９]{1,2}[、．.](?![0-9０-９])|[①-⑳]|[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十0-9]{1,3}(?:项|条|部分))/;

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
	/^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}(?:项|条|部分))/,
	/^[\s\u3000]*[（(［[][一二三四五六七八九十]{1,3}[)）］\]]/,
	/^[\s\u3000]*(?:[0-9０-９]{1,2}[、．.](?![0-9０-９])|[一二三四五六七八九十]{1,2}是)/,
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
