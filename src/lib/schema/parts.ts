/**
 * A label taken apart: its measure word, its action, and the qualifiers (media level, who acts,
 * where) that tell sibling metrics apart. The matcher uses the qualifiers as a gate — a metric whose
 * qualifier differs from the label's is never proposed for summing — and all parts as the reasons
 * shown beside a suggestion.
 */
import { canonLabel, MEASURE_WORDS } from './label';
import { ACTION_WORDS, ACTOR_PRECEDENCE, EXCLUSIVE_VALUES, MEDIUM_PRECEDENCE, OUTSIDE_SCHEMA, STAGE_PRECEDENCE, foldParts, METRIC_QUALIFIERS, QUALIFIER_WORDS, type Action, type Dimension } from './lexicon';
import { measureOf } from './measure';
import { countedObject } from './objects';
import { ACTIVITIES } from './activities';
import { contextActivity, detectActivity } from './candidates';
import { METRICS } from './metrics';
import type { Family } from './types';

export type Qualifiers = Partial<Record<Dimension, string[]>>;

export interface LabelParts {
	measure: { unit: string; families: Family[] } | null;
	action: Action | null;
	/** Qualifier values the label states (several values of one dimension: it names several siblings). */
	qualifiers: Qualifiers;
	/** Those its own words state (not taken from its header): only these make a label exclusive. */
	ownQualifiers: Qualifiers;
	/** The words of a thing the schema does not count (发放, 出动, 查实 …) the label states, or null. */
	outside: RegExp | null;
	/** The thing it counts (专栏, 稿件 …: objects.ts), or null. */
	object: string | null;
}

const DIMENSIONS = Object.keys(QUALIFIER_WORDS) as Dimension[];
const ACTIVITY_SCOPE: Record<string, string> = { campaign_tour: 'province', consultation_day: 'national' };
const CONTEST = /竞赛|答题|知识赛/;
const RESIDUAL = new Set(['talk']);

function statedQualifiers(folded: string): Qualifiers {
	const out: Qualifiers = {};
	for (const d of DIMENSIONS) {
		// Pairs read by index: destructuring them in a cold run allocates an iterator for each.
		let vals = QUALIFIER_WORDS[d].filter((w) => w[1].test(folded)).map((w) => w[0]);
		if (d === 'actor' && vals.length > 1) vals = [ACTOR_PRECEDENCE.find((v) => vals.includes(v))!];
		if (d === 'stage' && vals.length > 1) vals = [STAGE_PRECEDENCE.find((v) => vals.includes(v))!];
		if (d === 'medium' && vals.length > 1 && vals.includes('talk')) vals = vals.filter((v) => v !== 'talk');
		if (vals.length > 0) out[d] = vals;
	}
	return out;
}

/**
 * The words of a clause's last slot when it has several (排查出隐患（ ）个，已整改（ ）个 → 已整改): they
 * say what that slot counts; the words before it are its context. null for a label with one slot or none.
 */
function lastSlotWords(folded: string): string | null {
	const last = folded.lastIndexOf('#');
	const prev = last > 0 ? folded.lastIndexOf('#', last - 1) : -1;
	if (prev < 0) return null;
	return folded.slice(prev + 1, last).replace(MEASURE_AND_PUNCT, '');
}
const TOTAL = /合计|小计|总计/;
const MEASURE_AND_PUNCT = new RegExp(`^(?:${MEASURE_WORDS.join('|')})?[,，、;；。)]*`);

/**
 * The label's parts. Qualifiers come from the leaf (a several-slot clause's last slot first, then the
 * rest of the clause); a dimension the leaf leaves open is taken from the context (group header, 活动
 * column) when the context states exactly one value of it — a form's 活动项目 naming all five places
 * of 五进 says nothing about one clause. `section`: the context is a form's section (活动项目), not a
 * header right over the leaf.
 */
export function partsOf(leaf: string, context = '', section = false): LabelParts {
	const folded = foldParts(canonLabel(leaf));
	const own = lastSlotWords(folded);
	// A total slot (进企业（ ）场，进家庭（ ）场，参与人数合计（ ）人) sums across the places before it: it takes
	// none of their qualifiers.
	const ownQualifiers = own !== null && TOTAL.test(own) ? statedQualifiers(own) : { ...statedQualifiers(folded), ...(own ? statedQualifiers(own) : {}) };
	const qualifiers = { ...ownQualifiers };
	if (context) {
		const fromContext = statedQualifiers(foldParts(canonLabel(context)));
		// 排查整治, 查找身边隐患 name the campaign, not the stage of a count under it (开设曝光台专栏 there is
		// no hazard found): a stage comes from a header's words beyond its campaign's name.
		if (fromContext.stage && !statedQualifiers(withoutCampaigns(context)).stage) delete fromContext.stage;
		// A value that only means "neither of the others" (警示教育 naming no film or exhibition) is not taken
		// from a form's section: a section 典型事故警示教育 holds its films and exhibitions too.
		for (const d of DIMENSIONS) if (!qualifiers[d] && fromContext[d]?.length === 1 && !(section && RESIDUAL.has(fromContext[d]![0]))) qualifiers[d] = fromContext[d];
	}
	// A contest's scope left open is its activity's: the tour's is a province's, the consultation day's the national one.
	if (!qualifiers.scope && CONTEST.test(folded)) {
		const scope = ACTIVITY_SCOPE[(context && contextActivity(context)) || detectActivity(leaf) || ''];
		if (scope) qualifiers.scope = [scope];
	}
	const actionOf = (t: string) => ACTION_WORDS.find(([, re]) => re.test(t))?.[0] ?? null;
	const action = (own && actionOf(own)) || actionOf(folded);
	const outside = OUTSIDE_SCHEMA.find(([, re]) => re.test(own ?? folded))?.[1] ?? null;
	return { measure: measureOf(leaf), action, qualifiers, ownQualifiers, outside, object: countedObject(folded) };
}

/** The text with every activity keyword that states a stage (排查整治, 隐患排查, 查找身边隐患) taken out. */
function withoutCampaigns(context: string): string {
	let c = foldParts(canonLabel(context));
	for (const k of STAGE_KEYWORDS) c = c.split(k).join('#');
	return c;
}
const STAGE_KEYWORDS = ACTIVITIES.flatMap((a) => a.keywords)
	.map((k) => foldParts(canonLabel(k)))
	.filter((k) => QUALIFIER_WORDS.stage.some(([, re]) => re.test(k)))
	.sort((a, b) => b.length - a.length);

/** The qualifiers a metric is defined by (empty for a metric without siblings of that kind). */
export function metricQualifiers(metricId: string): Partial<Record<Dimension, string>> {
	return METRIC_QUALIFIERS[metricId] ?? {};
}

/**
 * The dimension on which a label and a metric disagree, or null: the label states a value (or
 * several) and the metric is defined by another one. A label stating several values of a dimension
 * (省市县媒体) agrees with no single sibling.
 */
export function qualifierConflict(parts: LabelParts, metricId: string): Dimension | null {
	const mq = METRIC_QUALIFIERS[metricId] ?? NONE;
	for (const d of EXCLUSIVE_DIMENSIONS) {
		const stated = parts.ownQualifiers[d];
		if (stated && !mq[d] && stated.some((v) => EXCLUSIVE_VALUES[d]!.includes(v)) && !statesItself(metricId, d, stated)) return d;
	}
	if (mq === NONE) return null; // most metrics have no siblings of that kind: the fast path
	for (const d of Object.keys(mq) as Dimension[]) {
		const stated = parts.qualifiers[d];
		if (stated && (stated.length !== 1 || stated[0] !== mq[d])) return d;
	}
	return null;
}
const NONE: Partial<Record<Dimension, string>> = {};
const PREPARED_WORDS = new Map(METRICS.map((m) => [m.id, [m.zh, ...m.synonyms].map((p) => foldParts(canonLabel(p))).join('|')]));
const EXCLUSIVE_DIMENSIONS = Object.keys(EXCLUSIVE_VALUES) as Dimension[];

/** Does the metric's own wording state the value (a metric 问题整治 states 整治 itself)? */
function statesItself(metricId: string, d: Dimension, values: string[]): boolean {
	const words = PREPARED_WORDS.get(metricId);
	return !!words && QUALIFIER_WORDS[d].some(([v, re]) => values.includes(v) && re.test(words));
}

/**
 * A dimension on which the label's own words state several values (线上线下, 社区居民、企业员工) that the
 * metric's wording does not state each of — the label then counts a sum the metric is not. null when none.
 */
export function severalUnstated(parts: LabelParts, metricId: string): Dimension | null {
	const words = PREPARED_WORDS.get(metricId) ?? '';
	for (const [d, values] of Object.entries(parts.ownQualifiers) as [Dimension, string[]][])
		if (values.length > 1 && !values.every((v) => QUALIFIER_WORDS[d].some(([w, re]) => w === v && re.test(words)))) return d;
	return null;
}

/**
 * The dimension two metrics differ on that the label leaves open, or null: the label cannot tell
 * them apart on it, so neither may be chosen for it.
 */
export function openDifference(parts: LabelParts, a: string, b: string): Dimension | null {
	const qa = metricQualifiers(a);
	const qb = metricQualifiers(b);
	for (const d of DIMENSIONS) if ((qa[d] || qb[d]) && qa[d] !== qb[d] && !parts.qualifiers[d]) return d;
	return null;
}

/** Verbs of making a thing, and of watching one: 制作警示片 and 观看警示片 are never the same count. */
const MAKING = /制作|拍摄|摄制|录制|创作|编制|编印/;
// 播放 shows a film (播放警示教育片（ ）部 counts films shown, never films made).
const WATCHING = /观看|观影|放映|播放|参观|浏览/;
type Doing = 'make' | 'watch' | null;
const doing = (text: string): Doing => {
	const makes = MAKING.test(text);
	return makes === WATCHING.test(text) ? null : makes ? 'make' : 'watch';
};
const METRIC_DOING = new Map(METRICS.map((m) => [m.id, doing(foldParts(canonLabel(m.zh)))]));

/**
 * Does the label make (制作, 拍摄 …) or watch (观看, 放映 …) — null when it states both or neither. A label
 * that makes what a metric watches, or watches what it makes, never means it (拍摄事故警示教育片数 is no
 * screening; 组织观看警示片 no film produced): see `actionConflict`.
 */
export function labelDoing(leaf: string): Doing {
	return doing(foldParts(canonLabel(leaf)));
}

export function actionConflict(labelDoes: Doing, metricId: string): boolean {
	if (!labelDoes) return false;
	const metricDoes = METRIC_DOING.get(metricId);
	return !!metricDoes && metricDoes !== labelDoes;
}

/** Are two metrics siblings the label cannot tell apart: both defined on a dimension it leaves open, by different values? */
export function openSiblings(parts: LabelParts, a: string, b: string): boolean {
	const qa = metricQualifiers(a);
	const qb = metricQualifiers(b);
	return DIMENSIONS.some((d) => qa[d] && qb[d] && qa[d] !== qb[d] && !parts.qualifiers[d]);
}

/** True when the label states the very value a metric is defined by on some dimension (县级 → 市县 media). */
export function qualifierAgrees(parts: LabelParts, metricId: string): boolean {
	const mq = METRIC_QUALIFIERS[metricId];
	if (!mq) return false;
	// A plain loop: asked for every candidate metric of every label ranked.
	for (const d in mq) {
		const stated = parts.qualifiers[d as Dimension];
		if (stated?.length === 1 && stated[0] === mq[d as Dimension]) return true;
	}
	return false;
}
