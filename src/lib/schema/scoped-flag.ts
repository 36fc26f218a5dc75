/**
 * A yes/no question under a heading that names its activity (`一、组织领导` over
 * `是否将安全月活动纳入全院年度工作要点`): the heading says which few questions it
 * can be — that activity's own. What tells those apart is the words only one of
 * them uses (纳入…全年 for the annual plan, 机制 for the mechanism, 热点难点 …),
 * not the words they all share (是否, 安全生产, 相结合). The question is read as the
 * one whose own words it uses, or the one it is clearly closest to as a whole
 * when it uses no other's own words; any doubt leaves it unmapped with its
 * suggestions.
 */
import { detectActivity, matchMetric, rankMetrics, type MetricMatch } from './match';
import { toMatch } from './candidates';
import { bigrams } from './label';
import { METRICS } from './metrics';
import type { Metric } from './types';

/** Character pairs within runs of Han characters and letters (none across punctuation or a box). */
function pairs(text: string): Set<string> {
	return new Set((text.match(/[\u4e00-\u9fa5A-Za-z0-9]+/g) ?? []).flatMap((run) => (run.length > 1 ? [...bigrams(run)] : [])));
}

/** Per activity: each yes/no question's own pairs (in no other question of that activity). */
const OWN_WORDS = new Map<string, { metric: Metric; own: Set<string> }[]>();

function questionsOf(activity: string): { metric: Metric; own: Set<string> }[] {
	let known = OWN_WORDS.get(activity);
	if (known) return known;
	const questions = METRICS.filter((m) => m.activity === activity && m.family === 'F').map((metric) => ({ metric, all: pairs([metric.zh, ...metric.synonyms].join('|')) }));
	const count = new Map<string, number>();
	for (const q of questions) for (const p of q.all) count.set(p, (count.get(p) ?? 0) + 1);
	known = questions.map(({ metric, all }) => ({ metric, own: new Set([...all].filter((p) => count.get(p) === 1)) }));
	OWN_WORDS.set(activity, known);
	return known;
}

/** How alike a question and the closest of its activity's questions must be, and how far ahead of the next. */
const LIKENESS = 0.35;
const LEAD = 0.08;

/**
 * The yes/no metric a question means: the matcher's; else, under a heading naming an activity, the
 * activity's question whose own words it uses (two or more, three times any other's), or the one it is
 * clearly closest to as a whole (纳入 and 列入 share no pair) when it uses at most one pair of another's
 * own words.
 */
export function flagMetric(label: string, context: string): MetricMatch | null {
	const m = matchMetric(label, context, { families: ['F'] });
	if (m || !/是否/.test(label)) return m;
	const scope = context ? detectActivity(context) : null;
	if (!scope) return null;
	const asked = pairs(label);
	const used = questionsOf(scope)
		.map((q) => ({ metric: q.metric, n: [...q.own].filter((p) => asked.has(p)).length }))
		.sort((a, b) => b.n - a.n);
	const [best, next] = used;
	// 健全工作 in 建立健全工作机制 and 安全工作要点 share 全工 by chance: one stray pair is no doubt beside three.
	if (best && best.n >= 2 && !(next && next.n * 3 > best.n)) return toMatch(best.metric, Math.min(0.9, 0.5 + 0.1 * best.n));
	const [top, second] = rankMetrics(label, context, { families: ['F'], limit: 2 });
	if (!top || top.activityId !== scope || top.confidence < LIKENESS || (second && top.confidence - second.confidence < LEAD)) return null;
	// One pair in common (单位 of 责任单位) is chance; two of another question's own words are doubt.
	return used.some((u) => u.n >= 2 && u.metric.id !== top.metricId) ? null : top;
}
