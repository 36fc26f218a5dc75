/**
 * The metrics prepared for comparison (each phrasing as character bigrams of its folded words) and
 * which activity a piece of text names — by an activity keyword, or by wording one metric closely.
 */
import { ACTIVITIES } from './activities';
import { METRICS } from './metrics';
import { bigrams, canonLabel, coreOf, sharedScore, similarity } from './label';
import { foldParts } from './lexicon';
import type { Family, Metric } from './types';

export interface MetricMatch {
	metricId: string;
	activityId: string;
	family: Family;
	/** 0..1: ≥0.9 for the forms' own wording or a group header over a generic leaf. */
	confidence: number;
}

export interface Prepared {
	metric: Metric;
	phrases: Set<string>[];
	/** All its phrasings folded, one string (does a metric state 执法 itself?). */
	words: string;
}

export const PREPARED: Prepared[] = METRICS.map((metric) => ({
	metric,
	phrases: [metric.zh, ...metric.synonyms].map((p) => bigrams(coreOf(p))).filter((s) => s.size > 0),
	words: [metric.zh, ...metric.synonyms].map((p) => foldParts(canonLabel(p))).join('|')
}));
export const PREPARED_BY_ID = new Map(PREPARED.map((p) => [p.metric.id, p]));

export const METRIC_BY_ID = new Map(METRICS.map((m) => [m.id, m]));

/** Below this a candidate is not even worth suggesting. */
export const SUGGEST_FLOOR = 0.25;
const ACTIVITY_IDS = new Set(ACTIVITIES.map((a) => a.id));

const KEYWORDS: { activity: string; keyword: string }[] = ACTIVITIES.flatMap((a) =>
	[a.zh, ...a.keywords, ...(a.names ?? [])].map((k) => ({ activity: a.id, keyword: foldParts(canonLabel(k)) }))
).sort((x, y) => y.keyword.length - x.keyword.length);

/** Each activity's name, keywords and longer names, folded as labels are, longest first. */
export const ACTIVITY_KEYWORDS = new Map<string, string[]>();
for (const { activity, keyword } of KEYWORDS) {
	const list = ACTIVITY_KEYWORDS.get(activity);
	if (list) list.push(keyword);
	else ACTIVITY_KEYWORDS.set(activity, [keyword]);
}

/** Which activity a piece of text names (the longest keyword found, then the earliest), or null. */
export function detectActivity(text: string): string | null {
	// Asked of the same leaves and headers again and again (every clause of a section): remember a few.
	let a = detected.get(text);
	if (a === undefined) {
		if (detected.size > 4096) detected.clear();
		detected.set(text, (a = findActivity(text)));
	}
	return a;
}
const detected = new Map<string, string | null>();

function findActivity(text: string): string | null {
	if (!text) return null;
	if (ACTIVITY_IDS.has(text.trim())) return text.trim(); // an activity_id column (our own facts CSV)
	const t = foldParts(canonLabel(text)).replace(/#/g, '');
	let best: { activity: string; len: number; at: number } | null = null;
	for (let i = 0; i < KEYWORDS.length; i++) {
		const { activity, keyword } = KEYWORDS[i];
		if (best && keyword.length < best.len) break;
		const at = t.indexOf(keyword);
		if (at < 0) continue;
		if (!best || at < best.at) best = { activity, len: keyword.length, at };
	}
	return best?.activity ?? (LOCAL_TOUR.test(t) ? 'campaign_tour' : null);
}

/**
 * The campaign tour under its local names: 安全生产齐鲁行, 荆楚安全行, 安全八闽行, 三秦行活动 — a place's
 * two to four characters before 行, after 安全(生产) or before 安全行, or alone as the whole header. The
 * character before 行 is no verb's (执行, 运行, 出行, 银行 …).
 */
const PLACE = '[\\u4e00-\\u9fff]{1,3}[^执进运举实推施银出通步旅发同试先践履流平自另现暂例可言航飞穿并盛风的性\\x00-\\xff]';
const LOCAL_TOUR = new RegExp(`安全(?:生产)?${PLACE}行(?![业政为动])|[\\u4e00-\\u9fff]{2}安全(?:生产)?行(?![业政为动])|^${PLACE}行(?:活动)?(?=$|[(#])`);

/**
 * The activity a leaf's context names (its group headers, the sheet, an 活动 column, a form's 活动项目):
 * the level nearest the leaf first — 五进 | 应急避险演练 over 场次 counts the drills —, then the whole
 * text, then the activity of a metric it words closely.
 */
export function contextActivity(ctx: string): string | null {
	const levels = ctx.split(/[|\s]+/).filter((l) => l !== '');
	for (let i = levels.length - 1; i >= 0 && levels.length > 1; i--) {
		const a = detectActivity(levels[i]);
		if (a) return a;
	}
	return detectActivity(ctx) ?? (ctx ? activityWordedBy(ctx) : null);
}

/** How closely a header must word one metric to stand for that metric's activity. */
const WORDED_METRIC = 0.75;

/**
 * The activity of the metric a header words (辽宁省安全生产知识网络竞赛, 抖音“我是安全明白人”话题 name a
 * metric, not an activity), when no activity keyword is in it; null when it words none closely.
 */
export function activityWordedBy(text: string): string | null {
	let a = wordedCache.get(text);
	if (a === undefined) wordedCache.set(text, (a = findActivityWordedBy(text)));
	return a;
}
const wordedCache = new Map<string, string | null>();

function findActivityWordedBy(text: string): string | null {
	const q = bigrams(coreOf(text));
	if (q.size < 3) return null;
	let best: { activity: string; s: number } | null = null;
	for (const p of PREPARED) {
		const s = bestSimilarity(q, p);
		if (s >= WORDED_METRIC && (!best || s > best.s)) best = { activity: p.metric.activity, s };
	}
	return best?.activity ?? null;
}

/** A query's similarity to a metric: the best of its phrasings'. */
export function bestSimilarity(q: Set<string>, p: Prepared): number {
	const m = INDEX_OF.get(p);
	if (m !== undefined) return bestOfEach(q)[m];
	let best = 0;
	for (const ph of p.phrases) best = Math.max(best, similarity(q, ph));
	return best;
}

/**
 * A ranking compares one query with every metric: the bigrams it shares with each phrasing are counted
 * once, through an index of which phrasings hold each bigram, instead of metric by metric (the same
 * score as similarity()).
 */
const INDEX_OF = new Map(PREPARED.map((p, i) => [p, i]));
const PHRASE_SIZE: number[] = [];
const PHRASE_METRIC: number[] = [];
const HOLDING = new Map<string, number[]>();
PREPARED.forEach((p, m) => {
	for (const ph of p.phrases) {
		for (const g of ph) {
			const list = HOLDING.get(g);
			if (list) list.push(PHRASE_SIZE.length);
			else HOLDING.set(g, [PHRASE_SIZE.length]);
		}
		PHRASE_SIZE.push(ph.size);
		PHRASE_METRIC.push(m);
	}
});
const shared = new Uint16Array(PHRASE_SIZE.length);
const bestOf = new WeakMap<Set<string>, Float64Array>();

function bestOfEach(q: Set<string>): Float64Array {
	let best = bestOf.get(q);
	if (best) return best;
	best = new Float64Array(PREPARED.length);
	// Indexed loops: this runs cold in a short run, where every for-of step allocates an iterator result.
	const touched: number[] = [];
	q.forEach((g) => {
		const holding = HOLDING.get(g);
		if (holding) for (let k = 0; k < holding.length; k++) if (shared[holding[k]]++ === 0) touched.push(holding[k]);
	});
	for (let k = 0; k < touched.length; k++) {
		const i = touched[k];
		const inter = shared[i];
		shared[i] = 0;
		const s = sharedScore(inter, q.size, PHRASE_SIZE[i]);
		if (s > best[PHRASE_METRIC[i]]) best[PHRASE_METRIC[i]] = s;
	}
	bestOf.set(q, best);
	return best;
}

export function toMatch(metric: Pick<Metric, 'id' | 'activity' | 'family'>, confidence: number): MetricMatch {
	return {
		metricId: metric.id,
		activityId: metric.activity,
		family: metric.family,
		confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000
	};
}
