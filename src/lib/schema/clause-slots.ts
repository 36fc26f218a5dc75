/** A form clause's slots as the matcher sees them: which slot a label is for, and a total's own words. */
import { bigrams, canonLabel, coreOf, MEASURE_WORDS } from './label';
import { FILLER } from './generic';

/** A question's answer typed as two bracket slots (是（ ）否（ ）): boxes, not number slots. */
export const ANSWER_SLOTS = /是\s*[（(][^）)]{0,3}[）)]\s*、?\s*否\s*[（(][^）)]{0,3}[）)]/;

const LEADING_MEASURE = new RegExp(`^(?:${MEASURE_WORDS.join('|')})`);

/**
 * A clause with several slots is labelled for its LAST slot (开展“专题行”（ ）次、“区域行”（ ）次 is the
 * 区域行 slot): the words between the previous slot and the last one. null when there is one slot, or
 * when those words only say "how many" (…（ ）场，参与（ ）人次 — then the whole clause carries the meaning).
 */
export function tailOf(leaf: string): Set<string> | null {
	const c = canonLabel(leaf);
	const last = c.lastIndexOf('#');
	const prev = last > 0 ? c.lastIndexOf('#', last - 1) : -1;
	if (prev < 0) return null;
	const words = coreOf(c.slice(prev + 1, last).replace(LEADING_MEASURE, ''));
	return words.replace(FILLER, '') === '' ? null : bigrams(words);
}

/**
 * A clause whose last slot is a total (进企业（ ）场，进家庭（ ）场，参与人数合计（ ）人) sums across what came
 * before it: that slot is labelled by its own words alone, not by the last place named before it.
 */
export function totalSlot(leaf: string): string {
	const c = canonLabel(leaf);
	const last = c.lastIndexOf('#');
	const prev = last > 0 ? c.lastIndexOf('#', last - 1) : -1;
	if (prev < 0) return leaf;
	const own = c.slice(prev + 1).replace(LEADING_MEASURE, '').replace(/^[,，、;；。)]+/, '');
	return /合计|小计|总计/.test(own.slice(0, own.lastIndexOf('#'))) ? own : leaf;
}
