/**
 * The last check before a summary or long table's column is summed (never a form's clause: those have
 * their own reading). The gate in match.ts picks the metric a label words best; this refuses it when
 * something the label or its header states contradicts it, so the column stays unmapped with its
 * suggestions instead of being summed on the wrong metric:
 *
 * - the leaf and its header state different values of one qualifier (举报线索 under 新闻报道（次）,
 *   现场咨询 under 线上活动): the column counts one of them, and which is unsaid;
 * - two measures of different kinds (参演人数（场次）, 场次 under 参演人数): people or sessions, unsaid;
 * - a unit the metric's things are never counted in (宣传品 in 部 is no 份 of leaflets; articles in 篇
 *   are no films in 部);
 * - hazards (隐患, 违法违规) counted as people or sessions by a metric that never names them;
 * - the leaf's own words wording another count of the activity, the chosen one only by fillers (开放日活动（场）);
 * - a leaf stating a qualifier another metric carries, far nearer, than its header's section (县融媒体中心 under 媒体报道).
 * - a bare total (合计, 小计) under a header (a summary table's reader already takes such a column for a total).
 */
import { ACTIVITY_KEYWORDS, contextActivity, detectActivity, METRIC_BY_ID, PREPARED, PREPARED_BY_ID, type MetricMatch } from './candidates';
import { bigrams, canonLabel, coreOf, sameUnit } from './label';
import { FILLER } from './generic';
import { foldParts, METRIC_QUALIFIERS, type Dimension } from './lexicon';
import { measureOf } from './measure';
import { actionConflict, labelDoing, partsOf, qualifierConflict } from './parts';
import { objectConflict } from './objects';
import type { Family } from './types';
import type { Ranking } from './generic';

/** Section names that hold a qualifier's word but name the activity only (有奖举报 is the tip-off section, not a reward). */
const SECTION_NAMES = /举报奖励|有奖举报|奖励举报|举报投诉|新闻宣传|宣传报道|媒体宣传|宣传氛围/g;

/**
 * The qualifier values a header states beyond its activity's own name (线上 of `咨询日 线上`, not the 举报
 * of `群众举报`): one per dimension, dimensions with several values (线上线下) left out.
 */
function headerQualifiers(ctx: string): Partial<Record<Dimension, string>> {
	let h = headerCache.get(ctx);
	if (h) return h;
	let text = foldParts(canonLabel(ctx)).replace(SECTION_NAMES, '#');
	const activity = contextActivity(ctx);
	const keys = activity ? [...(ACTIVITY_KEYWORDS.get(activity) ?? [])].map((k) => foldParts(canonLabel(k))).sort((a, b) => b.length - a.length) : [];
	for (const k of keys) if (k) text = text.split(k).join('#');
	const own = partsOf(text).ownQualifiers;
	h = {};
	for (const [d, v] of Object.entries(own) as [Dimension, string[]][]) if (v.length === 1) h[d] = v[0];
	if (headerCache.size > 4096) headerCache.clear();
	headerCache.set(ctx, h);
	return h;
}
const headerCache = new Map<string, Partial<Record<Dimension, string>>>();

/** The leaf states one value of a dimension the metric is defined by, its header another. */
function leafAndHeaderDisagree(leaf: string, ctx: string, metricId: string): boolean {
	const mq = METRIC_QUALIFIERS[metricId];
	if (!mq || !ctx) return false;
	const fromHeader = headerQualifiers(ctx);
	const own = partsOf(leaf).ownQualifiers;
	for (const d of Object.keys(mq) as Dimension[]) {
		const h = fromHeader[d];
		if (h && own[d]?.length === 1 && own[d]![0] !== h) return true;
	}
	return false;
}

const disjoint = (a: Family[], b: Family[]) => a.length > 0 && b.length > 0 && !a.some((f) => b.includes(f));

/**
 * Two measures that count different kinds: the leaf's words and its bracket (参演人数（场次）), or the leaf
 * and its header (场次 under 参演人数). A header of two measures (（场/人次）) says which of them the leaves
 * count, and is left to them.
 */
function measuresDisagree(leaf: string, ctx: string): boolean {
	const m = measureOf(leaf);
	if (!m) return false;
	const bracket = /[（(][^（()）]*[)）]\s*$/.exec(leaf);
	if (bracket) {
		const words = measureOf(leaf.slice(0, bracket.index));
		if (words && disjoint(words.families, m.families)) return true;
	}
	// A header's measure in brackets or as a count word (人次, 场次, 篇数), not a word ending in one (现场, 市场).
	if (!ctx || !(/[)）]\s*$/.test(ctx) || /[次数]\s*$/.test(ctx))) return false;
	const h = measureOf(ctx);
	return !!h && !h.unit.includes('/') && disjoint(h.families, m.families);
}

/**
 * What each unit counts, for media and other things (M, C): texts (篇, 条, 次, 期), works (部, 个, 件, 条 of a
 * video), signs (幅, 张, 条, 个). A label counted in one kind the metric's unit is not of counts another
 * thing; 份 (copies handed out) is no kind the schema counts.
 */
const THING_KINDS: Record<string, string[]> = {
	篇: ['text'],
	则: ['text'],
	期: ['text'],
	次: ['text'],
	条: ['text', 'work', 'sign'],
	部: ['work'],
	集: ['work'],
	件: ['work'],
	套: ['work'],
	个: ['work', 'sign', 'unit'],
	幅: ['sign'],
	张: ['sign'],
	块: ['sign'],
	处: ['sign', 'unit'],
	家: ['unit'],
	所: ['unit'],
	户: ['unit'],
	份: []
};

function unitContradicts(unit: string, metricId: string): boolean {
	const metric = METRIC_BY_ID.get(metricId);
	const u = sameUnit(unit);
	const v = sameUnit(metric?.unit ?? '');
	// 条次 counts reports as they come in (tip-offs), never hazards found or reported as 个.
	if (metric?.family === 'H') return unit === '条次' && metric.unit !== '条次';
	if (!metric || (metric.family !== 'M' && metric.family !== 'C')) return false;
	if (!u || u === v) return false;
	const a = THING_KINDS[u];
	const b = THING_KINDS[v];
	return !!a && !!b && !a.some((k) => b.includes(k));
}

const HAZARDS = /隐患|违法|违规/;

/** A leaf that is hazards and nothing else (隐患, 排查违法违规行为数): what it counts is hazards, never people or sessions. */
const HAZARDS_ONLY = /^(?:排查|发现|查出|整改|查处)?(?:安全|风险|事故)*(?:隐患|违法违规行为|违法行为|违规行为|违法违规)(?:数量?)?$/;

/**
 * Hazards counted in people or sessions (隐患（人次） under 专项整治): by a metric whose wording never names
 * them, or by any when the leaf names hazards alone.
 */
function hazardsAsPeople(leaf: string, metricId: string): boolean {
	const metric = METRIC_BY_ID.get(metricId);
	if (!metric || (metric.family !== 'P' && metric.family !== 'S')) return false;
	const words = foldParts(canonLabel(leaf.replace(/[（(][^（()）]*[)）]\s*$/, '')));
	if (!HAZARDS.test(words)) return false;
	return HAZARDS_ONLY.test(words) || !HAZARDS.test(PREPARED_BY_ID.get(metricId)?.words ?? '');
}

/**
 * The leaf's own words (beyond fillers such as 活动, 开展 and its measure) word another count of the same activity
 * and kind, and nothing of the chosen one (开放日活动（场） under 咨询日: the open day's, not the day's own events
 * that merely share 活动（场）). Returns the counts they word (two bigrams or more), or null when they word the chosen one.
 */
function ownWordsElsewhere(leaf: string, metricId: string): string[] | null {
	const metric = METRIC_BY_ID.get(metricId);
	if (!metric) return null;
	const grams = new Set<string>();
	for (const part of coreOf(leaf).split(FILLER)) if (part.length >= 2) for (const g of bigrams(part)) grams.add(g);
	if (grams.size === 0) return null;
	const hits = (words: string) => {
		let n = 0;
		for (const g of grams) if (words.includes(g)) n++;
		return n;
	};
	if (hits(PREPARED_BY_ID.get(metricId)?.words ?? '') > 0) return null;
	const worded = PREPARED.filter((p) => p.metric.id !== metricId && p.metric.activity === metric.activity && p.metric.family === metric.family && hits(p.words) >= 2);
	return worded.length > 0 ? worded.map((p) => p.metric.id) : null;
}


/** A total as the leaf (合计, 小计): under a header it may sum the columns beside it, one of which is the same count. */
const BARE_TOTAL = /^(合\s*计|小\s*计|总\s*计|共\s*计|累\s*计|总数|合计数)$/;

/**
 * Does something the leaf or its header states contradict the metric the gate chose? `leaf` is the
 * column's own header, `ctx` the headers over it (or a long table's 活动).
 */
export function contradicts(leaf: string, ctx: string, metricId: string): boolean {
	const bare = leaf.normalize('NFKC').replace(/[（(][^）)]*[）)]$/, '').trim();
	if (ctx && BARE_TOTAL.test(bare)) return true;
	if (leafAndHeaderDisagree(leaf, ctx, metricId)) return true;
	if (measuresDisagree(leaf, ctx)) return true;
	const unit = measureOf(leaf)?.unit ?? (ctx ? measureOf(ctx)?.unit : undefined);
	if (unit && unitContradicts(unit, metricId)) return true;
	return hazardsAsPeople(leaf, metricId) || ownWordsElsewhere(leaf, metricId) !== null;
}

/** How far nearer the leaf's words a metric carrying the qualifier they state must be for the chosen one to be passed over. */
const PASSED_OVER = 0.25;

/**
 * The chosen metric is its header's activity's (媒体报道 words 专项整治's media reports), while the leaf's own words
 * state a qualifier (县融媒体中心: the 市县 media) that another metric carries, far nearer them, and the chosen one has
 * no such dimension at all: the header's section and the leaf's words disagree. Returns those metrics.
 */
function passedOver(r: Ranking, leaf: string): MetricMatch[] {
	const chosen = r.chosen!;
	const parts = partsOf(leaf);
	const own = parts.ownQualifiers;
	const mine = METRIC_QUALIFIERS[chosen.metricId] ?? {};
	const does = labelDoing(leaf);
	return r.ranked.slice(0, 5).filter((m) => {
		if (m.metricId === chosen.metricId || m.confidence < chosen.confidence + PASSED_OVER) return false;
		// One the leaf's words rule out (拍摄警示教育片 is no screening) is no better reading.
		if (actionConflict(does, m.metricId) || objectConflict(parts.object, m.metricId) || qualifierConflict(parts, m.metricId)) return false;
		const mq = METRIC_QUALIFIERS[m.metricId] ?? {};
		return (Object.keys(mq) as Dimension[]).some((d) => !mine[d] && own[d]?.length === 1 && own[d]![0] === mq[d]);
	});
}

/**
 * The gate's choice for a table's column, checked: kept, refused (unmapped, suggestions unchanged), or — when the
 * leaf's own words point to exactly one other count of the same activity and kind, which nothing contradicts and
 * the suggestions hold — that one.
 */
export function checked(r: Ranking, leaf: string, ctx: string): Ranking {
	const over = r.chosen ? passedOver(r, leaf) : [];
	if (over.length > 0) {
		// A header naming no activity by name (媒体报道 only words a count of 专项整治) yields to the one the leaf states.
		const other = over.length === 1 && !detectActivity(ctx) ? over[0] : null;
		return other && !contradicts(leaf, ctx, other.metricId) ? { chosen: other, ranked: [other, ...r.ranked.filter((m) => m !== other)] } : { ranked: r.ranked, chosen: null };
	}
	if (!r.chosen || !contradicts(leaf, ctx, r.chosen.metricId)) return r;
	const refused = { ranked: r.ranked, chosen: null };
	const elsewhere = ownWordsElsewhere(leaf, r.chosen.metricId);
	if (elsewhere?.length !== 1 || contradicts(leaf, ctx, elsewhere[0])) return refused;
	const other = r.ranked.slice(0, 3).find((m) => m.metricId === elsewhere[0]);
	return other ? { chosen: other, ranked: [other, ...r.ranked.filter((m) => m !== other)] } : refused;
}
