/** Whether a label's own words name an activity, and whether a metric words the same keyword. */
import { ACTIVITY_KEYWORDS, PREPARED_BY_ID } from './candidates';
import { ACTIVITIES } from './activities';
import { canonLabel, coreOf } from './label';
import { foldParts } from './lexicon';

/** Do the label's own words hold one of the activity's keywords? */
export function namesActivity(leaf: string, activity: string): boolean {
	const folded = foldParts(canonLabel(leaf));
	return (ACTIVITY_KEYWORDS.get(activity) ?? []).some((k) => folded.includes(k));
}

/** Does the metric's wording hold the keyword by which the label names its activity (警示教育片)? */
export function wordsKeyword(leaf: string, activity: string, metricId: string): boolean {
	const folded = foldParts(canonLabel(leaf));
	const words = PREPARED_BY_ID.get(metricId)?.words ?? '';
	return (ACTIVITY_KEYWORDS.get(activity) ?? []).some((k) => folded.includes(k) && words.includes(k));
}

/** The activities' longer names (学习习近平总书记关于安全生产重要论述), folded as labels are, longest first. */
const LONG_NAMES = ACTIVITIES.flatMap((a) => a.names ?? []).map((n) => coreOf(n)).filter((n) => n.length >= 6).sort((a, b) => b.length - a.length);

/**
 * A label's core without an activity's longer name: the name says which activity, never which of its counts
 * (党组会专题学习习近平总书记关于安全生产重要论述（ ）次 is the group's study, not the 网络课堂 whose phrasing
 * happens to spell the name out). The core as it is when nothing of two characters would be left.
 */
export function withoutLongName(core: string): string {
	const name = LONG_NAMES.find((n) => core.includes(n));
	if (!name) return core;
	const rest = core.replace(name, '');
	return rest.length >= 2 ? rest : core;
}
