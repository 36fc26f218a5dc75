/**
 * Every match of a global expression, as text.matchAll(re) gives them, without the copy of the
 * expression matchAll makes at each call (V8 builds it anew, source and all: a cost where a reader
 * asks for every clause of every form). The search starts at re.lastIndex, which is left as it was.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
	if (!re.global) throw new TypeError('matchesOf: a global expression is needed (as for matchAll)');
	const from = re.lastIndex;
	const unicode = re.unicode || re.flags.includes('v');
	const out: RegExpExecArray[] = [];
	try {
		for (let m = re.exec(text); m !== null; m = re.exec(text)) {
			out.push(m);
			// An empty match moves on by one character, as matchAll's does.
			if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, unicode);
		}
	} finally {
		re.lastIndex = from;
	}
	return out;
}

/** The place after `at` (a whole surrogate pair further in a unicode expression). */
function advance(text: string, at: number, unicode: boolean): number {
	if (!unicode || at + 1 >= text.length) return at + 1;
	const c = text.charCodeAt(at);
	const d = text.charCodeAt(at + 1);
	return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
