/**
 * When the clause before a slot's clause decides what the slot counts: a tie the matcher left between
 * siblings (刊发新闻报道（ ）篇 after 组织媒体报道…（ ）次, or after 宣传推广经验做法（ ）个), a short clause of a
 * generic kind (刊发报道（4）篇) that the clause before names more surely, a slot the matcher would not
 * place on its own words. The clause before only chooses: never a family the slot's own measure word
 * rules out (进企业：场次（ ） after a participants clause stays sessions).
 */
import { matchMetric, rankMetrics, type MetricMatch } from '../../schema/match';
import { measureAllows, NUMBER_FAMILIES } from './follow-up';
import { ORGANIZING_WORDS, LEANING_WORDS } from './participation';
import { type Slot } from './slots';
import { emptied, hanCount, isWeakClause, outsideSlots } from './clause-words';

/** How one took part: online, on the spot. */
const MANNER = /线上|网上|在线|现场|线下/g;

/** A clause of nothing but how people took part (线上参与（ ）人次, 现场参与（ ）人次). */
export const onlyHowTakenPart = (text: string, slots: Slot[]) => hanCount(outsideSlots(text, slots).replace(LEANING_WORDS, '').replace(MANNER, '')) < 2;

/** A clause this short (Han characters, slots emptied) may be a follow-up of the one before (刊发报道（ ）篇). */
export const FOLLOW_UP_WORDS = 8;
/** A clause matched this surely on its own words needs no clause before it. */
const SURE_ALONE = 0.9;
/** Two candidates this close are a tie. */
const TIE = 0.02;

export interface ClauseBefore {
	label: string;
	sep: string;
	/** The metrics the clause before's own slots went on. */
	metrics: string[];
}

/** The slot's metric once the clause before has had its say; `m` is what its own words gave. */
export function decideWithClauseBefore(own: string, m: MetricMatch | null, prev: ClauseBefore | null, context: string): MetricMatch | null {
	if (!prev || own.startsWith(prev.label)) return m;
	const withPrev = () => {
		const w = matchMetric(prev.label + prev.sep + own, context, { families: NUMBER_FAMILIES });
		return w && measureAllows(own, w.family) ? w : null;
	};
	if (m) {
		const [a, b] = rankMetrics(own, context, { families: NUMBER_FAMILIES, limit: 2 });
		// 刊发新闻报道（ ）篇 follows two different clauses in one form: the clause before decides.
		if (a && b && a.confidence - b.confidence < TIE) return withPrev() ?? m;
		// 宣传推广经验做法（2）个，刊发报道（4）篇: a short clause of a generic kind reads as a follow-up of the clause
		// before when that names another metric of the same measure more surely (never the clause before's own).
		if (m.confidence < SURE_ALONE && hanCount(own) <= FOLLOW_UP_WORDS) {
			const w = withPrev();
			if (w && w.family === m.family && w.confidence > m.confidence && !prev.metrics.includes(w.metricId)) return w;
		}
		return m;
	}
	// The matcher would not choose between siblings on the slot's own words: the clause before decides.
	return withPrev();
}

/** Words that only say something was done: 开展活动, 组织开展, 举办活动. */
const DOING_ONLY = /活动|工作/g;

/** A clause with no words of its own beyond doing something (（4）场, 开展活动（4）场, 参与（200）人次). */
export function namesNothing(clause: string, slots: Slot[]): boolean {
	if (!slots.some((s) => s.kind !== 'text')) return false;
	return hanCount(outsideSlots(clause, slots).replace(LEANING_WORDS, '').replace(ORGANIZING_WORDS, '').replace(DOING_ONLY, '')) < 2;
}

/** A clause too weak or too short to stand alone: it may read after the sentence before it. */
export function leansBack(clause: string, slots: Slot[]): boolean {
	return slots.some((s) => s.kind !== 'text') && (isWeakClause(clause, slots) || hanCount(emptied(clause, slots)) <= FOLLOW_UP_WORDS);
}
