/** Whether a label's own words name an activity, and whether a metric words the same keyword. */
import { ACTIVITY_KEYWORDS, PREPARED_BY_ID } from './candidates';
import { canonLabel } from './label';
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
