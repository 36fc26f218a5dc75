/**
 * A yes/no question under a heading that names its activity (`一、组织领导` over
 * `是否将安全月活动列入本单位年度工作要点`): the heading says which few questions it
 * can be — that activity's own. The question is read as the one of those it is
 * clearly closest to (a good likeness, well ahead of the next); any doubt leaves
 * it unmapped with its suggestions, as the matcher would.
 */
import { detectActivity, matchMetric, rankMetrics, type MetricMatch } from '../../schema/match';

/** How alike the question and its metric must be, and how far ahead of the next of the activity's questions. */
const LIKENESS = 0.35;
const LEAD = 0.08;

export function flagMetric(label: string, context: string): MetricMatch | null {
	const m = matchMetric(label, context, { families: ['F'] });
	if (m || !/是否/.test(label)) return m;
	const scope = context ? detectActivity(context) : null;
	if (!scope) return null;
	const [top, next] = rankMetrics(label, context, { families: ['F'], limit: 2 });
	if (!top || top.activityId !== scope || top.confidence < LIKENESS) return null;
	return !next || top.confidence - next.confidence >= LEAD ? top : null;
}
