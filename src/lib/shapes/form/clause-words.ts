/** A clause's own words around its slots: what is left outside them, the clause with them emptied, a label trimmed. */
import { LEANING_WORDS } from './participation';
import type { Slot } from './slots';

/** Han characters in a string (what is left of a clause's own words). */
export function hanCount(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0x4e00 && c <= 0x9fa5) n++;
	}
	return n;
}

/** The clause with the given slots written as empty brackets （ ）. */
export function emptied(text: string, slots: Slot[], keep: (s: Slot) => boolean = () => false): string {
	let out = '';
	let pos = 0;
	for (const s of slots) {
		if (keep(s)) continue;
		out += text.slice(pos, s.start);
		out += s.open ? `${s.open} ${s.close}` : '（ ）';
		pos = s.end;
	}
	return out + text.slice(pos);
}

/** Trims spaces and dangling punctuation from a label's ends. */
export function trimLabel(s: string): string {
	return s.replace(/^[\s\u3000，,；;。、：:]+|[\s\u3000，,；;。、]+$/g, '');
}

/** The clause's words outside its slots and their units. */
export function outsideSlots(text: string, slots: Slot[]): string {
	let rest = '';
	let pos = 0;
	for (const s of slots) {
		rest += text.slice(pos, s.start);
		pos = s.unitEnd;
	}
	return rest + text.slice(pos);
}

/** True when a clause has fewer than two meaningful characters of its own outside its slots. */
export function isWeakClause(text: string, slots: Slot[]): boolean {
	return hanCount(outsideSlots(text, slots).replace(LEANING_WORDS, '')) < 2;
}
