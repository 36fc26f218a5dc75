/** Numberings a clerk puts before a group row's name (一、商水县, （二）, 第三片区 …), each its own style. */
export const CN = '一二三四五六七八九十';
const NUMBERINGS: [string, RegExp][] = [
	['cn', new RegExp(`^[${CN}]+\\s*[、.．:：]`)],
	['paren', new RegExp(`^[（(]\\s*[${CN}\\d]+\\s*[)）]`)],
	['arabic', /^\d+\s*[、．]|^\d+\.(?!\d)/],
	// 第一片区, 第二部分：… — never 第一中学 or 第二人民医院, units named with an ordinal.
	['ordinal', new RegExp(`^第[${CN}\\d]+(?:(?:部分|组|片区?|类)\\s*[、.．:：]?|\\s*[、.．:：])`)],
	['shi', new RegExp(`^[${CN}]+是`)],
	['roman', /^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\s*[、.．]?/]
];

export function numbering(text: string): { style: string; rest: string } | null {
	const t = text.trim();
	for (const [style, re] of NUMBERINGS) {
		const m = re.exec(t);
		if (m && m[0].length < t.length) return { style, rest: t.slice(m[0].length) };
	}
	return null;
}
