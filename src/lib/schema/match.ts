import { ACTIVITIES } from './activities';
import { activityWordedBy, bestSimilarity, detectActivity, METRIC_BY_ID, PREPARED, PREPARED_BY_ID, toMatch, type MetricMatch } from './candidates';
import { bigrams, canonLabel, coreOf, MEASURE_WORDS, sameUnit } from './label';
import { foldParts } from './lexicon';
import { measureOf } from './measure';
import { openDifference, partsOf, qualifierAgrees, qualifierConflict, type LabelParts } from './parts';
import type { Family, Metric } from './types';

export { detectActivity, type MetricMatch };

/** A ranking: every candidate worth showing, best first, and the one the label surely means (or null). */
interface Ranking {
	ranked: MetricMatch[];
	chosen: MetricMatch | null;
}

const ALL_FAMILIES: Family[] = ['P', 'S', 'H', 'M', 'C', 'F', 'T'];
/** Below this a candidate is not a match: the label stays unmapped for the user to map. */
const THRESHOLD = 0.55;
/** The threshold for a label when neither it nor its header names an activity. */
const NO_ACTIVITY_THRESHOLD = 0.65;
/** The threshold for a metric of the activity the label or its header names. */
const IN_ACTIVITY_THRESHOLD = 0.35;
/** How far a suggestion whose qualifier differs from the label's falls behind the agreeing ones. */
const CONFLICT_PENALTY = 0.5;
/** How far a suggestion of a family the label's measure word rules out falls behind. */
const FAMILY_PENALTY = 0.4;
/** Below this a candidate is not even worth suggesting. */
const SUGGEST_FLOOR = 0.25;
/**
 * Two candidates this close that differ by a qualifier the label leaves open (五进's places under a
 * bare 宣传活动场次): the label cannot tell them apart, so neither is chosen.
 */
const SIBLING_MARGIN = 0.08;
const ACTIVITY_BONUS = 0.08;
/** For a metric whose defining qualifier the label states (省级（篇） → the provincial articles). */
const QUALIFIER_BONUS = 0.2;
const CONTEXT_WEIGHT = 0.15;

/**
 * The metric a generic leaf (`场次`, `参与人次`, `参与（人次）`) means under a group header that names
 * the activity: the one the activity's own name designates. Activities whose sessions/participants
 * are split by place or kind (五进, 学习's four kinds, 云课堂's classes and live streams, 万里行 trips)
 * have no primary for that family: a bare `场次` under 五进 stays unmapped rather than guessed.
 */
const PRIMARY: Record<string, Partial<Record<Family, string>>> = {
	launch: { S: 'launch.events', T: 'launch.form' },
	rectification: { H: 'rectification.hazards_found' },
	// 警示教育 names the education metrics (开展生产安全事故警示教育); films and exhibitions say so.
	warning_education: { S: 'warning.education_sessions', P: 'warning.education_participants' },
	consultation_day: { S: 'consult.events', P: 'consult.participants' },
	five_into: { M: 'five.products' },
	drills: { S: 'drills.events', P: 'drills.participants' },
	campaign_tour: { H: 'tour.problems_exposed', P: 'tour.contest_participants' },
	reporting: { H: 'report.received', C: 'report.rewarded', M: 'report.news' },
	serve_people: { C: 'serve.projects' }
};

/** Words that, once the measure is gone, leave a leaf saying nothing but "how many". */
const FILLER = /参与|参加|总计|合计|共计|累计|人数|次数|数量|举办|开展|组织|活动|情况|群众|人员|总|数/g;


/** Words that say a leaf counts people (参加 is folded to 参与). */
const PEOPLE_WORDS = /参与|人数|人员/;
/** Words that say a leaf counts what was held (开展演练, 举办咨询活动): sessions first. */
const HELD_WORDS = /开展|举办|召开/;
/** Families of counts: a count of one kind is easily read as another's of the same activity. */
const COUNTS = new Set<Family>(['P', 'S', 'H', 'M', 'C']);
const SESSIONS_FIRST: Family[] = ['S', ...ALL_FAMILIES.filter((f) => f !== 'S')];

/**
 * The families a leaf that states no measure allows, from its words: 参与 counts people as 参与（人次）
 * would; 开展演练 prefers sessions. Without them a bare 参与 under 应急演练 fell to whichever metric the
 * activity's name resembled (演练场次), and 开展演练 to the activity's first family in P-first order.
 */
function familiesOfWords(label: string): Family[] {
	const c = foldParts(canonLabel(label));
	if (PEOPLE_WORDS.test(c)) return ['P'];
	return HELD_WORDS.test(c) ? SESSIONS_FIRST : ALL_FAMILIES;
}

function allowedFamilies(label: string, opts?: { families?: Family[] }): Family[] {
	const measure = measureOf(label);
	const fromMeasure = measure?.families ?? familiesOfWords(label);
	if (!opts?.families) return fromMeasure;
	const wanted = new Set(opts.families);
	return measure ? fromMeasure.filter((f) => wanted.has(f)) : opts.families.slice();
}

/**
 * The ranking's gate: candidates whose qualifier differs from the label's go last (still suggested,
 * never chosen); the best of the rest is chosen when it is sure enough and no sibling the label
 * cannot tell from it comes close.
 */
interface Scored {
	match: MetricMatch;
	raw: number;
	/** The label's words are exactly one of the metric's listed phrasings. */
	exact?: boolean;
}

function decide(
	scored: Scored[],
	parts: LabelParts,
	activities: { label: string | null; context: string | null },
	preferred: Family | null,
	otherFamilies: Scored[] = []
): Ranking {
	const differs = (x: Scored) => qualifierConflict(parts, x.match.metricId) !== null || timesOfItems(parts, x.match.metricId);
	const agreeing = scored.filter((x) => !differs(x));
	const conflicting = scored.filter(differs);
	// Suggestions: a candidate whose qualifier differs is still worth a click (地方媒体 → 省 or 市县
	// media), after the agreeing candidates that come near it.
	// So is one of a family the measure word rules out (奖励（ ）人次 for the rewarded, counted in 人).
	const ranked = [
		...agreeing.map((x) => ({ x, key: x.raw })),
		...otherFamilies.filter((x) => !differs(x)).map((x) => ({ x, key: x.raw - FAMILY_PENALTY })),
		...conflicting.map((x) => ({ x, key: x.raw - CONFLICT_PENALTY }))
	]
		.sort((a, b) => b.key - a.key)
		.map((r) => r.x.match);
	// A label that names no activity of its own means one of its header's (its context's) activity,
	// unless its words are exactly one of a metric's phrasings (组织观看（ ）场 in 2020's 排查整治 section).
	const eligible = (x: Scored) => x.exact || activities.label !== null || activities.context === null || x.match.activityId === activities.context;
	const top = agreeing.find(eligible);
	if (!top) return { ranked, chosen: null };
	// A label counting what the schema does not (发放资料, 出动人员) is suggested, never chosen.
	if (parts.outside && !parts.outside.test(PREPARED_BY_ID.get(top.match.metricId)?.words ?? '')) return { ranked, chosen: null };
	// A label that names no activity, under a header that names none, must say more (培训人数 is not
	// the 我是安全培训师 campaign's count). Below the threshold, a count of the activity the label or
	// its header names still wins when no rival comes close: only the words left have to pick within it.
	const focus = activities.label ?? activities.context;
	const threshold = focus || top.exact ? THRESHOLD : NO_ACTIVITY_THRESHOLD;
	const inActivity = top.match.activityId === focus && COUNTS.has(top.match.family);
	if (!(top.raw >= threshold || (inActivity && top.raw >= IN_ACTIVITY_THRESHOLD))) return { ranked, chosen: null };
	return { ranked, chosen: agreeing.some((x) => x !== top && x.raw >= top.raw - SIBLING_MARGIN && isRival(top, x)) ? null : top.match };

	/**
	 * Can the label not tell x from top? Siblings on a qualifier it leaves open, counts of the same
	 * activity, the header's activity's metrics of the family — unless top is set apart: an exact
	 * phrasing, the qualifier value the label states, the family its words prefer, or the unit it states
	 * (组织媒体报道（ ）次 is the 次 of media reports, not the 篇 of the articles in the same clause).
	 */
	function isRival(top: Scored, x: Scored): boolean {
		const unit = parts.measure ? sameUnit(parts.measure.unit) : '';
		const unitOf = (y: Scored) => sameUnit(METRIC_BY_ID.get(y.match.metricId)?.unit ?? '');
		const agrees = (y: Scored) => qualifierAgrees(parts, y.match.metricId);
		if (top.exact && !x.exact) return false;
		if (agrees(top) && !agrees(x)) return false;
		if (top.match.family === preferred && x.match.family !== preferred) return false;
		if (unit && unitOf(top) === unit && unitOf(x) !== unit) return false;
		return (
			openDifference(parts, top.match.metricId, x.match.metricId) !== null ||
			// The label names one activity and its header another (举报隐患 under 排查整治): a count of the
			// header's is as likely as the label's.
			(activities.label !== null && activities.context !== null && activities.label !== activities.context && x.match.activityId === activities.context && x.match.family === top.match.family) ||
			(x.match.activityId === top.match.activityId && COUNTS.has(x.match.family) && COUNTS.has(top.match.family)) ||
			(x.match.activityId === activities.context && x.match.family === top.match.family)
		);
	}
}

/** Units that count things (articles, videos, hazards), not how often something was done. */
const ITEM_UNITS = new Set(['篇', '部', '个', '条', '张', '幅', '份', '处', '件', '项', '家']);

/**
 * 播放公益广告（次） counts showings, not the ads (部); 排查隐患（次） counts rounds, not hazards: a label
 * counted in 次 never means a metric that counts things.
 */
function timesOfItems(parts: LabelParts, metricId: string): boolean {
	const unit = parts.measure?.unit;
	return (unit === '次' || unit === '次数') && ITEM_UNITS.has(METRIC_BY_ID.get(metricId)?.unit ?? '');
}

/** How closely a header naming no activity must word the one metric its qualifier names. */
const NAMED_BY_HEADER = 0.3;

/** A leaf that only says "how many" (场次, 参与人次): its meaning comes from the group over it. */
function rankGeneric(activity: string | null, context: string, families: Family[], parts: LabelParts): Ranking {
	if (!activity) {
		// No activity, but the header may name a qualifier only one metric of the family has (中央媒体 | 篇).
		// ... and words it (网络知识答题 is online, yet no 线上活动 of the consultation day).
		const q = bigrams(coreOf(context));
		const named = PREPARED.filter((p) => families.includes(p.metric.family) && qualifierAgrees(parts, p.metric.id) && bestSimilarity(q, p) >= NAMED_BY_HEADER).map((p) => toMatch(p.metric, 0.85));
		// Suggestions only: the metrics the header's words come nearest (an activity column naming none).
		const near = PREPARED.filter((p) => families.includes(p.metric.family) && !named.some((n) => n.metricId === p.metric.id) && qualifierConflict(parts, p.metric.id) === null)
			.map((p) => ({ m: p.metric, s: bestSimilarity(q, p) }))
			.filter((x) => x.s >= SUGGEST_FLOOR)
			.sort((a, b) => b.s - a.s)
			.map((x) => toMatch(x.m, Math.min(0.5, x.s)));
		return { ranked: [...named, ...near], chosen: named.length === 1 ? named[0] : null };
	}
	const cands = PREPARED.filter((p) => p.metric.activity === activity && families.includes(p.metric.family));
	if (cands.length === 0) return { ranked: [], chosen: null };
	// The group text may name one metric of the activity (组织观看典型事故警示教育片 over 场次 | 参与人次,
	// 进企业宣传 over 场次): pick it when it stands out, else the activity's primary metric of the family.
	const q = bigrams(coreOf(context));
	const scored = cands
		.map((p) => ({ p, s: bestSimilarity(q, p), fam: families.indexOf(p.metric.family) }))
		.filter((x) => qualifierConflict(parts, x.p.metric.id) === null)
		.sort((a, b) => b.s - a.s || a.fam - b.fam);
	const top = scored[0];
	const second = scored[1];
	let chosen: Metric | undefined;
	if (top && top.s >= 0.6 && (!second || top.s - second.s > 0.05 || second.fam > top.fam)) chosen = top.p.metric;
	if (!chosen) {
		for (const f of families) {
			const id = PRIMARY[activity]?.[f];
			chosen = id ? scored.find((c) => c.p.metric.id === id)?.p.metric : undefined;
			if (chosen) break;
		}
	}
	const onlyOne = !chosen && scored.length === 1;
	if (onlyOne) chosen = scored[0].p.metric;
	const suggested = scored.map((x) => ({ match: toMatch(x.p.metric, Math.min(0.5, x.s)), raw: x.s }));
	if (!chosen) return { ranked: suggested.map((x) => x.match), chosen: null };
	const best = toMatch(chosen, onlyOne ? 0.8 : 0.92);
	return { ranked: [best, ...suggested.filter((x) => x.match.metricId !== chosen.id).map((x) => x.match)], chosen: best };
}

const LEADING_MEASURE = new RegExp(`^(?:${MEASURE_WORDS.join('|')})`);

/**
 * A clause with several slots is labelled for its LAST slot (开展“专题行”（ ）次、“区域行”（ ）次 is the
 * 区域行 slot): the words between the previous slot and the last one. null when there is one slot, or
 * when those words only say "how many" (…（ ）场，参与（ ）人次 — then the whole clause carries the meaning).
 */
function tailOf(leaf: string): Set<string> | null {
	const c = canonLabel(leaf);
	const last = c.lastIndexOf('#');
	const prev = last > 0 ? c.lastIndexOf('#', last - 1) : -1;
	if (prev < 0) return null;
	const words = coreOf(c.slice(prev + 1, last).replace(LEADING_MEASURE, ''));
	return words.replace(FILLER, '') === '' ? null : bigrams(words);
}

function rankUncached(label: string, context: string, opts?: { families?: Family[] }): Ranking {
	// "group|leaf" (a flattened header path or a long table's 活动|指标): the left part is context.
	const parts = label.split('|');
	const leaf = parts.pop() ?? '';
	const ctx = [context, ...parts].filter((s) => s.trim() !== '').join(' ');
	// A stable metric_id (a long table or our own facts CSV names metrics by id) is that metric.
	const byId = METRIC_BY_ID.get(leaf.normalize('NFKC').trim());
	if (byId) {
		const m = !opts?.families || opts.families.includes(byId.family) ? [toMatch(byId, 1)] : [];
		return { ranked: m, chosen: m[0] ?? null };
	}

	const families = allowedFamilies(leaf, opts);
	if (families.length === 0) return { ranked: [], chosen: null };
	const labelParts = partsOf(leaf, ctx);
	const core = coreOf(leaf);
	const labelActivity = detectActivity(leaf);
	const contextActivity = detectActivity(ctx) ?? (ctx ? activityWordedBy(ctx) : null);

	if (core.replace(FILLER, '') === '') return rankGeneric(labelActivity ?? contextActivity, ctx, families, labelParts);

	const q = bigrams(core);
	const tail = tailOf(leaf);
	const focus = labelActivity ?? contextActivity;
	// A label that names an activity and says little else (开展应急疏散演练（次）) means its primary metric.
	let residual = core.replace(FILLER, '');
	if (labelActivity) {
		for (const k of [...(ACTIVITIES.find((a) => a.id === labelActivity)?.keywords ?? [])].sort((a, b) => b.length - a.length))
			residual = residual.split(foldParts(canonLabel(k))).join('');
		residual = residual.replace(/安全|应急|宣传/g, '');
	}
	const primaryFloor = new Map<string, number>();
	if (labelActivity && residual.length <= 2) {
		const f = families.find((fam) => PRIMARY[labelActivity]?.[fam]);
		const id = f ? PRIMARY[labelActivity][f] : undefined;
		if (id) primaryFloor.set(id, 0.62);
	}

	// A header that words one metric of the activity (理论学习中心组 over 参学人次) helps pick within it.
	const ctxGrams = ctx ? bigrams(coreOf(ctx)) : null;
	const out: Scored[] = [];
	const otherFamilies: Scored[] = [];
	const suggestable = opts?.families ?? [...COUNTS];
	for (const p of PREPARED) {
		// A family the measure word rules out is suggested only within the activity named (奖励（人次） under 举报).
		const allowed = families.includes(p.metric.family);
		const ofActivity = p.metric.activity === focus || p.metric.activity === contextActivity;
		if (!allowed && !(ofActivity && suggestable.includes(p.metric.family) && COUNTS.has(p.metric.family))) continue;
		let s = bestSimilarity(q, p);
		const exact = s === 1;
		if (tail) s = 0.6 * s + 0.4 * bestSimilarity(tail, p);
		if (ctxGrams && p.metric.activity === contextActivity) s += CONTEXT_WEIGHT * bestSimilarity(ctxGrams, p);
		s = Math.max(s, primaryFloor.get(p.metric.id) ?? 0);
		// Within the activity named (or any, when none is): 观看 under 云课堂 is no warning film.
		const ofNamedActivity = !focus || p.metric.activity === focus || p.metric.activity === contextActivity;
		const agrees = qualifierAgrees(labelParts, p.metric.id);
		if (ofNamedActivity && agrees) s += QUALIFIER_BONUS;
		if (p.metric.activity === focus) s += ACTIVITY_BONUS;
		else if (p.metric.activity === contextActivity) s += ACTIVITY_BONUS / 2;
		// Worth suggesting: a near phrasing, a metric of the activity named, or one the label's qualifier names.
		const named = ofActivity || agrees;
		if (s >= SUGGEST_FLOOR || named) (allowed ? out : otherFamilies).push({ match: toMatch(p.metric, s), raw: s, exact });
	}
	// Sort on the uncapped score (an exact match plus the activity bonus beats a near match plus it);
	// the stable sort keeps schema order among equals.
	// 开展咨询活动 (no measure, a holding verb) counts sessions: participants are no rival to them.
	const preferred = !measureOf(leaf) && families === SESSIONS_FIRST ? 'S' : null;
	const byScore = (a: Scored, b: Scored) => b.raw - a.raw;
	return decide(out.sort(byScore), labelParts, { label: labelActivity, context: contextActivity }, preferred, otherFamilies.sort(byScore));
}

const cache = new Map<string, Ranking>();

function ranking(label: string, context: string, families?: Family[]): Ranking {
	const key = `${label}\u0001${context}\u0001${families?.join('') ?? '*'}`;
	let r = cache.get(key);
	if (!r) {
		r = rankUncached(label, context, families ? { families } : undefined);
		cache.set(key, r);
	}
	return r;
}

/**
 * The best few candidates, best first (for the mapping review screen): those that agree with the
 * label's qualifiers first, then those that differ on one (never chosen, still worth a click).
 */
export function rankMetrics(
	label: string,
	context = '',
	opts?: { families?: Family[]; limit?: number }
): MetricMatch[] {
	return ranking(label, context, opts?.families)
		.ranked.slice(0, opts?.limit ?? 5)
		.map((m) => ({ ...m }));
}

/**
 * The schema metric a label means, or null when it is outside the schema or the matcher is not sure
 * (the value then stays visible as unmapped, with suggestions). Called once per distinct
 * (label, context, families); results are cached.
 */
export function matchMetric(label: string, context = '', opts?: { families?: Family[] }): MetricMatch | null {
	const chosen = ranking(label, context, opts?.families).chosen;
	return chosen ? { ...chosen } : null;
}
