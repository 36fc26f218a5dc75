/**
 * Symbols Word writes in a symbol font (Wingdings, Wingdings 2, Symbol …),
 * as `<w:sym w:font="Wingdings" w:char="F0FE"/>` or as a run in that font,
 * as the Unicode characters they show (dingbat-to-unicode, mammoth's own
 * table). The boxes and ticks a form is answered with become the characters
 * the form reader knows (shapes/form/checkbox.ts): ☑ ☒ □ ■ √.
 */
import { codePoint } from 'dingbat-to-unicode';

export const CHECKED = '☑';
export const UNCHECKED = '□';

/** The symbols' Unicode characters that answer a yes/no box, as the form reader's own. */
const BOXES: Record<number, string> = {
	0x1f5f9: '☑', // 🗹 ballot box with bold check (Wingdings F0FE)
	0x2611: '☑', // Wingdings 2 F052
	0x1f5f7: '☒', // 🗷 (Wingdings F0FD)
	0x2612: '☒', // Wingdings 2 F054
	0x2bbd: '☒', // ⮽ (Wingdings 2 F053)
	0x1f5f5: '☒', // 🗵 (Wingdings 2 F051)
	0x2327: '☒', // ⌧ (Wingdings F078)
	0x2713: '√', // ✓ (Wingdings F0FC)
	0x1f5f8: '√', // 🗸 (Wingdings 2 F050)
	0x221a: '√', // √ (Symbol F0D6)
	0x1f78e: '□', // 🞎 (Wingdings F0A8)
	0x1f78f: '□', // 🞏 (Wingdings F06F)
	0x2751: '□', // ❑ (Wingdings F071)
	0x2752: '□', // ❒ (Wingdings F072)
	0x2610: '□',
	0x25a1: '□', // Wingdings 2 F0A3
	0x25fb: '□',
	0x25fc: '■', // ◼ (Wingdings F06E)
	0x25fe: '■', // ◾ (Wingdings 2 F0A1)
	0x25a0: '■' // Wingdings 2 F0A2
};

/** True for a font whose characters are symbols (Symbol, Webdings, Wingdings 1–3). */
export function isSymbolFont(font: string): boolean {
	return codePoint(font.trim(), 0x21) !== undefined;
}

/**
 * A run of characters in a symbol font, as the symbols they show. Word keeps
 * them in the private-use area (F020–F0FF) or as plain code points (20–FF);
 * a character the font's table does not know is kept as it is.
 */
export function symbolText(font: string, chars: string): string {
	let out = '';
	for (const ch of chars) {
		const c = ch.codePointAt(0) ?? 0;
		const inFont = c >= 0xf000 && c <= 0xf0ff ? c - 0xf000 : c;
		const u = inFont <= 0xff ? codePoint(font.trim(), inFont) : undefined;
		out += u ? BOXES[u.codePoint] ?? u.string : ch;
	}
	return out;
}
