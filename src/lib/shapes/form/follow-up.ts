/**
 * Which metric a clause's slot goes on after the clause before it, as the forms' templates pair
 * them: 组织媒体报道（ ）次，刊发新闻报道（ ）篇 (media reports → news articles), 宣传推广经验做法（ ）个，
 * 刊发新闻报道（ ）篇 (practices → practice articles), 主流媒体曝光典型案例（ ）个，媒体转发报道（ ）篇. The pairs
 * are read from the schema's own two-clause phrasings, never listed by hand. A slot the matcher cannot
 * place takes the partner of the metric before it only when that partner is among its three best
 * candidates: the clause before chooses between candidates, it never brings in a new one.
 */
import { matchMetric, rankMetrics, type MetricMatch } from '../../schema/match';
import { toMatch } from '../../schema/candidates';
import { getMetric } from '../../schema/lookup';
import { measureOf } from '../../schema/measure';
import { METRICS } from '../../schema/metrics';
import type { Family } from '../../schema/types';

/** The families a number slot may count (flags and texts are read elsewhere). */
export const NUMBER_FAMILIES: Family[] = ['P', 'S', 'H', 'M', 'C'];
let partners: Map<string, Set<string>> | null = null;

/** metric → the metrics whose two-clause phrasing starts with a clause of it (built on first use). */
function partnerMap(): Map<string, Set<string>> {
	if (partners) return partners;
	partners = new Map();
	for (const b of METRICS)
		for (const phrase of b.synonyms) {
			const cut = Math.max(phrase.lastIndexOf('，'), phrase.lastIndexOf(','));
			if (cut <= 0) continue;
			const a = matchMetric(phrase.slice(0, cut), '', { families: NUMBER_FAMILIES });
			if (!a || a.metricId === b.id || a.activityId !== b.activity) continue;
			const set = partners.get(a.metricId) ?? new Set<string>();
			set.add(b.id);
			partners.set(a.metricId, set);
		}
	return partners;
}

/** A candidate this close to the best one is a tie the clause before may break. */
const TIE = 0.05;
/** Below this the matcher is not sure of any candidate (解答咨询（ ）人次 is no participation): no tie to break. */
const SURE = 0.6;

/**
 * The candidate of `label` that the schema pairs with `before`, when the matcher left the label
 * unmapped because it tied with a sibling: it must rank first or within TIE of the first, the best
 * must be sure, and its family must be one the label's measure word allows.
 */
export function partnerAfter(label: string, context: string, before: string): MetricMatch | null {
	const mine = partnerMap().get(before);
	if (!mine) return null;
	const ranked = rankMetrics(label, context, { families: NUMBER_FAMILIES, limit: 3 });
	if (ranked.length === 0) return null;
	const measure = measureOf(label);
	// 见报稿件（ ）篇 after 组织媒体报道（ ）次: a media item counted in the partner's own unit needs no surer words,
	// the unit says what kind of item and the clause before says whose (never people: 解答咨询（ ）人次 is none).
	const itemsInItsUnit = ranked[0].family === 'M' && measure !== null && measure.unit !== '' && getMetric(ranked[0].metricId)?.unit === measure.unit;
	if (ranked[0].confidence < SURE && !itemsInItsUnit) return null;
	const allowed = measure?.families;
	// Below SURE the order of same-unit items is no evidence: any of them ranked is a tie.
	const tied = (r: MetricMatch) => ranked[0].confidence - r.confidence <= TIE || (ranked[0].confidence < SURE && r.family === 'M' && getMetric(r.metricId)?.unit === measure?.unit);
	const found = ranked.filter((r) => mine.has(r.metricId) && tied(r) && (!allowed || allowed.includes(r.family)));
	return found.length === 1 ? found[0] : null;
}

/** False when the label's measure word rules the family out (覆盖学校（ ）所 counts no people). */
export function measureAllows(label: string, family: Family): boolean {
	const allowed = measureOf(label)?.families;
	return !allowed || allowed.includes(family);
}

/** The one partner of `before` counted in `unit` and of `family` (总结推广典型经验 → 经验做法 articles in 篇), or null. */
export function partnerInUnit(before: string, unit: string, family: Family): MetricMatch | null {
	const found = [...(partnerMap().get(before) ?? [])].map((id) => getMetric(id)).filter((m) => m !== undefined && m.unit === unit && m.family === family);
	return found.length === 1 && found[0] ? toMatch(found[0], 1) : null;
}
