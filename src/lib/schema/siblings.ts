/**
 * Near candidates the label's words cannot tell apart (three levels of media, two clauses ending in the
 * same slot): which the header's words tell apart, and which stand among the three suggestions.
 */
import { ACTIVITY_KEYWORDS, PREPARED, PREPARED_BY_ID, SUGGEST_FLOOR, type MetricMatch } from './candidates';
import { bigrams, coreOf } from './label';
import { openSiblings, type LabelParts } from './parts';

/** How many siblings on a qualifier the label leaves open may stand among the first suggestions. */
const SIBLINGS_SHOWN = 2;
const SHOWN = 3;

/**
 * Three suggestions that are three levels of media (or five places) say one thing three times: after
 * two siblings the label cannot tell apart, the next candidate of another kind moves up — when it words
 * something of the label or its header that the siblings do not (推广经验做法刊发稿件 → 省级, 中央 … and the
 * good-practice articles). One sharing only words the siblings have (another activity's 场次 beside the
 * places of 五进 under a header naming 五进) does not: the siblings are what the label says. In place.
 */
export function spreadSiblings(ranked: MetricMatch[], parts: LabelParts, said: Set<string>): void {
	for (let i = 0; i < Math.min(SHOWN, ranked.length); i++) {
		const siblings = (m: MetricMatch) => ranked.slice(0, i).filter((p) => openSiblings(parts, p.metricId, m.metricId));
		const shown = siblings(ranked[i]);
		if (shown.length < SIBLINGS_SHOWN) continue;
		const left = [...said].filter((g) => !COMMON_GRAMS.has(g) && !shown.some((p) => wordsOf(p.metricId).has(g)));
		const j = ranked.findIndex((m, k) => k > i && siblings(m).length < SIBLINGS_SHOWN && left.some((g) => wordsOf(m.metricId).has(g)));
		if (j > i) ranked.splice(i, 0, ranked.splice(j, 1)[0]);
	}
}

/** How near the label's own words must come to a metric for it to keep a place among the three. */
const OWN_WORDS_FLOOR = 0.3;
/** How far those words must be nearer than a suggestion that stands there only by its header's lead. */
const OWN_WORDS_MARGIN = 0.1;

/**
 * A header names a section, and a section holds counts of other activities too (观影人次 under 专项整治宣传
 * is a warning film's viewers; 放映事故案例片 under 三年行动宣传 a screening). The header's lead must not fill
 * the three with its activity's guesses the label's words hardly touch (below what is worth suggesting)
 * while those words come clearly nearer another metric: one place, after the first, is kept for the
 * label's own nearest metric, unless one such already stands among the three. In place; `own` is a
 * score without the header's lead.
 */
export function keepOwnWords(keyed: { x: { match: MetricMatch }; own: number }[], headerActivity: string): void {
	const shown = Math.min(SHOWN, keyed.length);
	const ownWords = (r: { x: { match: MetricMatch }; own: number }) => r.own >= OWN_WORDS_FLOOR && r.x.match.activityId !== headerActivity;
	if (keyed.slice(0, shown).some(ownWords)) return;
	const best = keyed.slice(shown).filter(ownWords).sort((a, b) => b.own - a.own)[0];
	if (!best) return;
	let weakest = -1;
	for (let i = 1; i < shown; i++)
		if (keyed[i].own < SUGGEST_FLOOR && keyed[i].own + OWN_WORDS_MARGIN <= best.own && (weakest < 0 || keyed[i].own < keyed[weakest].own)) weakest = i;
	if (weakest < 0) return;
	keyed.splice(keyed.indexOf(best), 1);
	keyed.splice(weakest, 0, best);
}

/** Every bigram of a metric's phrasings. */
function wordsOf(metricId: string): Set<string> {
	let w = METRIC_GRAMS.get(metricId);
	if (!w) METRIC_GRAMS.set(metricId, (w = new Set((PREPARED_BY_ID.get(metricId)?.phrases ?? []).flatMap((p) => [...p]))));
	return w;
}
const METRIC_GRAMS = new Map<string, Set<string>>();

/** Bigrams that many metrics' phrasings share (安全, 宣传, 活动, 开展): wording one of them tells nothing apart. */
const COMMON_GRAMS = (() => {
	const df = new Map<string, number>();
	for (const p of PREPARED) for (const g of new Set(p.phrases.flatMap((ph) => [...ph]))) df.set(g, (df.get(g) ?? 0) + 1);
	return new Set([...df].filter(([, n]) => n > PREPARED.length / 7).map(([g]) => g));
})();

/**
 * The header's own words: its bigrams less those of its activity's name (专项整治 says which activity,
 * not which of its counts) and those most metrics share (安全, 宣传, 开展).
 */
export function headerWords(ctx: string, activity: string | null): string[] {
	if (!ctx) return [];
	let c = coreOf(ctx);
	for (const k of ACTIVITY_KEYWORDS.get(activity ?? '') ?? []) c = c.split(k).join('#');
	return [...new Set(c.split('#').flatMap((piece) => [...bigrams(piece)]))].filter((g) => g.length === 2 && !COMMON_GRAMS.has(g));
}

/**
 * Which of two metrics the header words and the other does not: the one whose phrasings hold a word of
 * the header the other's lack, when the other's hold none the first's lack; null when it tells neither.
 */
export function headerTells(header: string[], a: string, b: string): string | null {
	if (header.length === 0) return null;
	const wa = wordsOf(a);
	const wb = wordsOf(b);
	const onlyA = header.some((g) => wa.has(g) && !wb.has(g));
	const onlyB = header.some((g) => wb.has(g) && !wa.has(g));
	return onlyA === onlyB ? null : onlyA ? a : b;
}

/**
 * How many of the header's words (bigrams, less the shared ones) the metric words and none of the others
 * does (大讲堂/公开课 among the study's four kinds of sessions).
 */
export function wordsAlone(header: Iterable<string>, metricId: string, others: string[]): number {
	const mine = wordsOf(metricId);
	let n = 0;
	for (const g of header) if (!g.includes('#') && !COMMON_GRAMS.has(g) && mine.has(g) && !others.some((o) => wordsOf(o).has(g))) n++;
	return n;
}

/** 和 or 及 joining two things (not 普及, 及时, 和谐). */
const JOINED = /(?<!普)及(?!时)|和(?!谐)/;

/**
 * Does the metric word both things a label joins (开展应急演练和知识竞赛: the drills' count words no contest)?
 * True for a label joining nothing. Each side must share a word (bigram, less the shared ones) with it — or
 * be a topic the schema counts nothing of (安全宣传和急救知识普及: what the sessions spread). `oneClause`: in
 * one clause of one phrasing (a phrasing of two clauses — 排查违法违规行为（ ）次，举报风险隐患（ ）个 — is two counts).
 */
export function namesBoth(leaf: string, metricId: string, oneClause = false): boolean {
	const c = coreOf(leaf);
	const m = JOINED.exec(c);
	if (!m) return true;
	const side = (t: string) => [...bigrams(t)].filter((g) => g.length === 2 && !COMMON_GRAMS.has(g));
	const [left, right] = [side(c.slice(0, m.index)), side(c.slice(m.index + m[0].length))];
	if (left.length === 0 || right.length === 0) return true;
	const [leftCounts, rightCounts] = [countsAThing(left, c.slice(0, m.index)), countsAThing(right, c.slice(m.index + m[0].length))];
	return (oneClause ? clauseWordsOf(metricId) : [wordsOf(metricId)]).some(
		(words) => (!leftCounts || left.some((g) => words.has(g))) && (!rightCounts || right.some((g) => words.has(g)))
	);
}

/** Acts the schema counts (showing, making, drilling, training, contests): a side stating one is no topic. */
const ACTS = /放映|播放|观看|参观|制作|演练|培训|竞赛|比赛|举报|排查/;

/** Do most of these words stand in one metric's phrasings, or do they state an act the schema counts? */
function countsAThing(side: string[], text: string): boolean {
	return ACTS.test(text) || PREPARED.some((p) => side.filter((g) => wordsOf(p.metric.id).has(g)).length * 2 >= side.length);
}

/** The bigrams of each clause of each of a metric's phrasings. */
function clauseWordsOf(metricId: string): Set<string>[] {
	let w = CLAUSE_GRAMS.get(metricId);
	const m = PREPARED_BY_ID.get(metricId)?.metric;
	if (!w) CLAUSE_GRAMS.set(metricId, (w = m ? [m.zh, ...m.synonyms].flatMap((p) => p.split(/[，,；;]/)).map((p) => bigrams(coreOf(p))) : []));
	return w;
}
const CLAUSE_GRAMS = new Map<string, Set<string>[]>();
