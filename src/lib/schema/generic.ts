/**
 * Generic leaves — a column that only says "how many" (场次, 参与人次, 篇数, 合计): their meaning comes from
 * the header over them, and the family they count from their measure, their words or the header's.
 */
import { ACTIVITIES } from './activities';
import { bestSimilarity, PREPARED, PREPARED_BY_ID, SUGGEST_FLOOR, toMatch, type MetricMatch, type Prepared } from './candidates';
import { bigrams, canonLabel, coreOf, sameUnit } from './label';
import { foldParts } from './lexicon';
import { measureOf } from './measure';
import { wordsAlone } from './siblings';
import { metricQualifiers, openSiblings, qualifierAgrees, qualifierConflict, type LabelParts } from './parts';
import type { Family, Metric } from './types';

/** A ranking: every candidate worth showing, best first, and the one the label surely means (or null). */
export interface Ranking {
	ranked: MetricMatch[];
	chosen: MetricMatch | null;
}

/** Units that count things (articles, videos, hazards), not how often something was done. */
const ITEM_UNITS = new Set(['篇', '部', '个', '条', '张', '幅', '份', '处', '件', '项', '家']);

/**
 * 播放公益广告（次） counts showings, not the ads (部); 排查隐患（次） counts rounds, not hazards: a label
 * counted in 次 never means a metric that counts things. Nor does a label counted in things (受理件数 under
 * 举报奖励) mean a metric that counts people (the rewarded, 人).
 */
export function timesOfItems(parts: LabelParts, metricId: string): boolean {
	const unit = parts.measure?.unit;
	const metricUnit = METRIC_UNIT.get(metricId) ?? '';
	if (!unit) return false;
	if ((unit === '次' || unit === '次数') && ITEM_UNITS.has(metricUnit)) return true;
	// Things are never people, nor people units (参与人数 under 查找身边隐患 is no count of its communities).
	const own = sameUnit(unit).replace(/数$/, '');
	return (ITEM_UNITS.has(own) && PEOPLE_UNITS.has(metricUnit)) || (PEOPLE_UNITS.has(own) && ITEM_UNITS.has(metricUnit));
}
const PEOPLE_UNITS = new Set(['人', '人次', '人数', '名']);

const METRIC_UNIT = new Map(PREPARED.map((p) => [p.metric.id, p.metric.unit]));

/** Words that, once the measure is gone, leave a leaf saying nothing but "how many". */
export const FILLER = /参与|参加|总计|合计|共计|累计|小计|人数|次数|数量|举办|开展|组织|活动|情况|群众|人员|总|数/g;

/** Words that say a leaf counts people (参加 is folded to 参与). */
export const PEOPLE_WORDS = /参与|人数|人员/;
/** Words that say a leaf counts what was held (开展演练, 举办咨询活动): sessions first. */
export const HELD_WORDS = /开展|举办|召开/;

/**
 * The families a generic leaf counts: those its measure allows (场次 → S); else its words' (参与 → P,
 * 开展 or 活动 → S); else its header's measure or words (合计 under 演练参与人数); else null — 合计 or
 * 数量 under 举报 could be any of the activity's counts, so the leaf is only given suggestions.
 */
export function genericFamilies(leaf: string, context: string, allowed: Family[]): Family[] | null {
	if (measureOf(leaf)) return allowed;
	const own = wordsFamily(leaf, true) ?? measureOf(context)?.families ?? wordsFamily(context, false);
	if (!own) return null;
	const narrowed = allowed.filter((f) => own.includes(f));
	return narrowed.length > 0 ? narrowed : null;
}

/** 活动 in a leaf (活动数) counts activities; in a header (咨询日活动) it only names them. */
function wordsFamily(text: string, leaf: boolean): Family[] | null {
	if (!text) return null;
	const c = foldParts(canonLabel(text));
	if (PEOPLE_WORDS.test(c)) return ['P'];
	if (HELD_WORDS.test(c) || (leaf && /活动/.test(c))) return ['S'];
	return null;
}

/**
 * The metric a generic leaf (`场次`, `参与人次`, `参与（人次）`) means under a group header that names
 * the activity: the one the activity's own name designates. Activities whose sessions/participants
 * are split by place or kind (五进, 学习's four kinds, 云课堂's classes and live streams, 万里行 trips)
 * have no primary for that family: a bare `场次` under 五进 stays unmapped rather than guessed.
 */
export const PRIMARY: Record<string, Partial<Record<Family, string>>> = {
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

/**
 * The counts a generic leaf under no header is most often one of, most likely first: the activities
 * whose own name designates the count (DOMAIN.md's 咨询日, 应急演练, 警示教育). Suggestions only.
 */
const GENERAL: Partial<Record<Family, string[]>> = {
	P: ['consult.participants', 'drills.participants', 'warning.education_participants'],
	S: ['consult.events', 'drills.events', 'warning.education_sessions']
};

/** Does the header word another metric of the activity (any family) clearly more nearly than `score`? */
function outwordedByOther(q: Set<string>, score: number, id: string, activity: string): boolean {
	return PREPARED.some((p) => p.metric.activity === activity && p.metric.id !== id && bestSimilarity(q, p) >= Math.max(SUGGEST_FLOOR, score + HEADER_WORDS_OTHER));
}

/** The general counts of the families (GENERAL) not already among `ranked` and agreeing with the label, as suggestions. */
export function generalCounts(families: Family[], parts: LabelParts, ranked: MetricMatch[]): MetricMatch[] {
	return families
		.flatMap((f) => GENERAL[f] ?? [])
		.filter((id) => !ranked.some((n) => n.metricId === id) && qualifierConflict(parts, id) === null && !timesOfItems(parts, id))
		.map((id) => toMatch(PREPARED_BY_ID.get(id)!.metric, 0.3));
}

/** An activity's name and the keywords that are part of it (咨询日, 6·16): words naming the activity, not one count. */
const ACTIVITY_NAME = new Map(
	ACTIVITIES.map((a) => {
		const name = coreOf(a.zh);
		const inName = a.keywords.map((k) => coreOf(k)).filter((k) => k.length > 1 && name.includes(k));
		return [a.id, [name, ...inName, ...(a.names ?? []).map((k) => coreOf(k))].sort((x, y) => y.length - x.length)];
	})
);

/** How much nearer the header must word another count than the primary for the primary not to be its default. */
const HEADER_WORDS_OTHER = 0.1;

/** How closely a header naming no activity must word the one metric its qualifier names. */
const NAMED_BY_HEADER = 0.3;

/**
 * A leaf that only says "how many" (场次, 参与人次): its meaning comes from the group over it. With
 * `choose` false (the leaf and its header state no family: 合计, 数量) only suggestions are made.
 * `clause`: the leaf is a form's slot, whose context is the section's 活动项目, not a header over it.
 */
export function rankGeneric(activity: string | null, context: string, families: Family[], parts: LabelParts, choose = true, clause = false): Ranking {
	const r = rankGenericOf(activity, context, families, parts, clause);
	return choose ? r : { ranked: r.ranked, chosen: null };
}

function rankGenericOf(activity: string | null, context: string, families: Family[], parts: LabelParts, clause: boolean): Ranking {
	if (!activity) {
		// No activity, but the header may name a qualifier only one metric of the family has (中央媒体 | 篇).
		// ... and words it (网络知识答题 is online, yet no 线上活动 of the consultation day).
		const q = bigrams(coreOf(context));
		// So does a header stating the media level of the one metric counted in the leaf's unit (媒体宣传 |
		// 省级 | 篇数): a level is said of articles only. (网络 over 参与人次 names no one online count.)
		const unit = parts.measure ? sameUnit(parts.measure.unit) : '';
		const byLevel = (p: Prepared) => unit !== '' && !!parts.qualifiers.level && sameUnit(p.metric.unit) === unit && parts.qualifiers.level?.[0] === metricQualifiers(p.metric.id).level;
		const named = PREPARED.filter(
			(p) => families.includes(p.metric.family) && qualifierAgrees(parts, p.metric.id) && (bestSimilarity(q, p) >= NAMED_BY_HEADER || byLevel(p))
		).map((p) => toMatch(p.metric, 0.85));
		// Suggestions only: the metrics the header's words come nearest (an activity column naming none).
		// Only the header's words beyond those every count shares (安全生产月活动, 活动开展情况, 工作情况 word nothing).
		const said = bigrams(coreOf(context).replace(FILLER, '').replace(/工作/g, ''));
		const near = PREPARED.filter(
			(p) => families.includes(p.metric.family) && !named.some((n) => n.metricId === p.metric.id) && qualifierConflict(parts, p.metric.id) === null && !timesOfItems(parts, p.metric.id)
		)
			.map((p) => ({ m: p.metric, s: bestSimilarity(said, p) }))
			.filter((x) => x.s >= SUGGEST_FLOOR)
			.sort((a, b) => b.s - a.s)
			.map((x) => toMatch(x.m, Math.min(0.5, x.s)));
		// A header that words nothing (or no header at all: a leaf alone) leaves the clerk the counts such a
		// column most often holds — the activities' own primary counts of the family — to pick from.
		const ranked = [...named, ...near];
		return { ranked: [...ranked, ...generalCounts(families, parts, ranked)], chosen: named.length === 1 ? named[0] : null };
	}
	const cands = PREPARED.filter((p) => p.metric.activity === activity && families.includes(p.metric.family) && !timesOfItems(parts, p.metric.id));
	if (cands.length === 0) return { ranked: [], chosen: null };
	// The group text may name one metric of the activity (组织观看典型事故警示教育片 over 场次 | 参与人次,
	// 进企业宣传 over 场次): pick it when it stands out, else the activity's primary metric of the family.
	// The activity's own name is no such word (a section 云课堂 names the classes and the live streams alike;
	// 6·16 names the consultation day, not its 6·16我问你答 quiz).
	let header = coreOf(context);
	for (const w of ACTIVITY_NAME.get(activity) ?? []) header = header.split(w).join('#');
	const q = bigrams(header);
	const scored = cands
		.map((p) => ({ p, s: bestSimilarity(q, p), fam: families.indexOf(p.metric.family) }))
		.filter((x) => qualifierConflict(parts, x.p.metric.id) === null)
		.sort((a, b) => b.s - a.s || a.fam - b.fam);
	const top = scored[0];
	const second = scored[1];
	let chosen: Metric | undefined;
	if (top && top.s >= 0.6 && (!second || top.s - second.s > 0.05 || second.fam > top.fam)) chosen = top.p.metric;
	// A header stating a qualifier that one count of the family has (五进 | 进社区 over 参与人数; 咨询日 | 线上
	// over 场次) names that count.
	const agreeing = scored.filter((x) => qualifierAgrees(parts, x.p.metric.id));
	// Unless the header words another count more nearly (线上公众开放日: online, and the open day's).
	if (!chosen && agreeing.length === 1 && !(top.s >= SUGGEST_FLOOR && agreeing[0].s < top.s - HEADER_WORDS_OTHER)) chosen = agreeing[0].p.metric;
	// A header wording one count of the family in words none of the others has (学习 | 大讲堂/公开课/宣讲 over
	// 场次 is the lectures') names that count — a word's worth at least (two bigrams), not a stray one.
	if (!chosen) {
		const rivals = (x: (typeof scored)[number]) => scored.filter((y) => y !== x && y.p.metric.family === x.p.metric.family).map((y) => y.p.metric.id);
		const alone = scored.filter((x) => wordsAlone(q, x.p.metric.id, rivals(x)) >= 2);
		if (alone.length === 1) chosen = alone[0].p.metric;
	}
	// The primary is the activity's default only while the header words no other count more nearly
	// (安全体验基地 over 个数 names the bases, not the 五进's publicity products).
	if (!chosen) {
		for (const f of families) {
			const id = PRIMARY[activity]?.[f];
			const primary = id ? scored.find((c) => c.p.metric.id === id) : undefined;
			const outworded = primary && top.s >= SUGGEST_FLOOR && primary.s < top.s - HEADER_WORDS_OTHER;
			chosen = outworded ? undefined : primary?.p.metric;
			if (primary) break;
		}
	}
	// The only count of the family is the leaf's — unless the header words another count of the activity
	// more nearly (查找身边隐患 over 参与人次 is the community campaign's, which counts no people).
	const onlyOne = !chosen && scored.length === 1 && !outwordedByOther(q, scored[0].s, scored[0].p.metric.id, activity);
	if (onlyOne) chosen = scored[0].p.metric;
	// A form's bare 参与（ ）人 continues the clause before it; the 活动项目 names a section that may hold
	// siblings of that count (警示教育's films, exhibitions and talks; the consultation day's on-site and
	// online events): then the clause before decides, not the section's name.
	const own = { ...parts, qualifiers: parts.ownQualifiers };
	const c = chosen;
	if (clause && c && cands.some((p) => p.metric.family === c.family && openSiblings(own, c.id, p.metric.id))) chosen = undefined;
	const suggested = scored.map((x) => ({ match: toMatch(x.p.metric, Math.min(0.5, x.s)), raw: x.s }));
	if (!chosen) return { ranked: suggested.map((x) => x.match), chosen: null };
	const best = toMatch(chosen, onlyOne ? 0.8 : 0.92);
	return { ranked: [best, ...suggested.filter((x) => x.match.metricId !== chosen.id).map((x) => x.match)], chosen: best };
}

