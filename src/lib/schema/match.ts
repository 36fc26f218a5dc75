import { ACTIVITY_KEYWORDS, contextActivity as headerActivity, bestSimilarity, detectActivity, METRIC_BY_ID, PREPARED, PREPARED_BY_ID, SUGGEST_FLOOR, toMatch, type MetricMatch } from './candidates';
import { bigrams, canonLabel, coreOf, sameUnit } from './label';
import { foldParts, METRIC_QUALIFIERS } from './lexicon';
import { measureOf, twoMeasures } from './measure';
import { actionConflict, severalUnstated, labelDoing, openDifference, openSiblings, partsOf, qualifierAgrees, qualifierConflict, type LabelParts } from './parts';
import { FILLER, generalCounts, genericFamilies, HELD_WORDS, PEOPLE_WORDS, PRIMARY, rankGeneric, timesOfItems, type Ranking } from './generic';
import { objectConflict } from './objects';
import { namesActivity, withoutLongName, wordsKeyword } from './activity-words';
import { ANSWER_SLOTS, tailOf, totalSlot } from './clause-slots';
import { levelAlone } from './media-level';
import { checked, contradicts } from './guard';
import { headerTells, headerWords, keepOwnWords, namesBoth, spreadSiblings, wordsAlone } from './siblings';
import type { Family } from './types';

export { detectActivity, type MetricMatch };

const ALL_FAMILIES: Family[] = ['P', 'S', 'H', 'M', 'C', 'F', 'T'];
/** Below this a candidate is not a match: the label stays unmapped for the user to map. */
const THRESHOLD = 0.55;
/** The threshold for a label when neither it nor its header names an activity. */
const NO_ACTIVITY_THRESHOLD = 0.65;
/** How near a yes/no question must word one of the schema's questions, and the share of that any other may reach. */
const QUESTION_FLOOR = 0.25;
const QUESTION_SHARE = 0.6;
/** The threshold for a metric of the activity the label or its header names. */
const IN_ACTIVITY_THRESHOLD = 0.35;
/** How far a suggestion whose qualifier differs from the label's falls behind the agreeing ones. */
const CONFLICT_PENALTY = 0.5;
/** How far a suggestion of the activity the label or its header names comes ahead of another activity's. */
const NAMED_ACTIVITY_LEAD = 1.0;
/** How far one of the activity the label itself names comes ahead, when its header names none. */
const OWN_ACTIVITY_LEAD = 0.3;
/** How far a suggestion counted in the label's unit comes ahead of one counted in another. */
const SAME_UNIT_LEAD = 0.1;
/** How far a suggestion carrying the qualifier the label states (员工 → an enterprise's count) comes ahead. */
const QUALIFIER_LEAD = 0.3;
/** How far a suggestion of a family the label's measure word rules out falls behind. */
const FAMILY_PENALTY = 0.4;

/**
 * Two candidates this close that differ by a qualifier the label leaves open (五进's places under a
 * bare 宣传活动场次): the label cannot tell them apart, so neither is chosen.
 */
const SIBLING_MARGIN = 0.08;
/** How much nearer another activity's metric must be than one of the activity the label itself names. */
const OTHER_ACTIVITY_MARGIN = 0.25;
/** How much nearer a metric ruled out by the label's unit must be for the next one not to be chosen. */
const UNIT_RULED_OUT_LEAD = 0.2;
const ACTIVITY_BONUS = 0.08;
/** For a metric whose defining qualifier the label states (省级（篇） → the provincial articles). */
const QUALIFIER_BONUS = 0.2;
const CONTEXT_WEIGHT = 0.15;

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
	leaf: string,
	scored: Scored[],
	parts: LabelParts,
	activities: { label: string | null; context: string | null },
	preferred: Family | null,
	otherFamilies: Scored[],
	words: { said: Set<string>; own: () => string[]; header: string[] },
	question = false
): Ranking {
	const does = labelDoing(leaf);
	const differs = (x: Scored) =>
		qualifierConflict(parts, x.match.metricId) !== null || timesOfItems(parts, x.match.metricId) || actionConflict(does, x.match.metricId) || objectConflict(parts.object, x.match.metricId);
	const agreeing: Scored[] = [];
	const conflicting: Scored[] = [];
	for (const x of scored) (differs(x) ? conflicting : agreeing).push(x);
	// Suggestions: a candidate whose qualifier differs is still worth a click (地方媒体 → 省 or 市县
	// media), after the agreeing candidates that come near it.
	// So is one of a family the measure word rules out (奖励（ ）人次 for the rewarded, counted in 人).
	// The activity the header names bounds the suggestions: its metrics come before another activity's
	// that merely share a word (观看人数 under 云课堂 is no warning film's; 发布稿件 under 排查整治宣传 is
	// that section's articles before it is any level's of media). Under a header naming none, the activity
	// the label names leads less far (its keyword may be an object word: 稿件). And a metric
	// counted in the label's own unit comes before one counted in another (刊发稿件（篇）: articles, not 条).
	const unit = parts.measure ? sameUnit(parts.measure.unit) : '';
	const named = (x: Scored) =>
		(x.match.activityId === activities.context ? NAMED_ACTIVITY_LEAD : activities.context === null && x.match.activityId === activities.label ? OWN_ACTIVITY_LEAD : 0) +
		(unit && UNIT_OF.get(x.match.metricId) === unit ? SAME_UNIT_LEAD : 0) +
		(qualifierAgrees(parts, x.match.metricId) ? QUALIFIER_LEAD : 0);
	const keyed = [
		...agreeing.map((x) => ({ x, own: x.raw, key: x.raw + named(x) })),
		...otherFamilies.filter((x) => !differs(x)).map((x) => ({ x, own: x.raw - FAMILY_PENALTY, key: x.raw - FAMILY_PENALTY + named(x) })),
		...conflicting.map((x) => ({ x, own: x.raw - CONFLICT_PENALTY, key: x.raw - CONFLICT_PENALTY + named(x) }))
	].sort((a, b) => b.key - a.key);
	if (activities.context) keepOwnWords(keyed, activities.context);
	const ranked = keyed.map((r) => r.x.match);
	spreadSiblings(ranked, parts, words.said);
	// A label that names no activity of its own means one of its header's (its context's) activity,
	// unless its words are exactly one of a metric's phrasings (组织观看（ ）场 in 2020's 排查整治 section).
	const eligible = (x: Scored) => x.exact || activities.label !== null || activities.context === null || x.match.activityId === activities.context;
	const top = agreeing.find(eligible);
	if (!top) return { ranked, chosen: null };
	// A label naming an activity in its own words (组织收看云课堂) means that activity's count unless
	// another's is far nearer or is its header's: a shared verb (收看 of a warning film) does not carry it off.
	const elsewhere = activities.label !== null && top.match.activityId !== activities.label && top.match.activityId !== activities.context && !top.exact;
	const own = elsewhere ? agreeing.find((x) => x.match.activityId === activities.label) : undefined;
	if (own && top.raw - own.raw < OTHER_ACTIVITY_MARGIN) return { ranked, chosen: null };
	// ... and when its activity has no count of that kind at all (进企业数 under 五进: 五进 counts no enterprises),
	// another activity's that shares a word (专项整治's 开展活动的企业) is no more than a guess — unless the words
	// that named the activity are what that metric counts (拍摄警示教育片数: the films made, 专项整治's).
	if (elsewhere && (!own || own.raw < SUGGEST_FLOOR) && !wordsKeyword(leaf, activities.label!, top.match.metricId)) return { ranked, chosen: null };
	// The same, the other way: under a header naming another activity (举报隐患数 under 查找身边隐患), the same
	// count of the header's activity is as likely as the label's unless that one is far nearer.
	const header = activities.label !== null && activities.context !== null && activities.label !== activities.context && top.match.activityId !== activities.context;
	// One that words in no one clause both things the label joins is none (…举报隐患和违规行为 under 隐患排查: its 个 of hazards).
	const ofHeader = header ? agreeing.find((x) => x.match.activityId === activities.context && x.match.family === top.match.family && namesBoth(leaf, x.match.metricId, true)) : undefined;
	if (ofHeader && top.raw - ofHeader.raw < OTHER_ACTIVITY_MARGIN) return { ranked, chosen: null };
	// ... and when the label's own words name the header's activity too (进学校演练 under 应急演练: drills held
	// in schools), it is that activity's count or none: never the other's it names.
	if (header && ofHeader && namesActivity(leaf, activities.context!)) return { ranked, chosen: null };
	// A label whose own words state two values of one dimension (线上线下, 中央和省级) counts their sum; one
	// joining two things (演练及培训, 拍摄及放映) counts both: a metric wording only one of them is not it.
	const counted = COUNTS.has(top.match.family);
	if (counted && (severalUnstated(parts, top.match.metricId) !== null || !namesBoth(leaf, top.match.metricId))) return { ranked, chosen: null };
	// The metric the label words most nearly counts things, and the label counts times (开展隐患排查（次）: rounds
	// of checking, not hazards): a count of something else it words far less (违法违规行为, in 次) is not it.
	const unitOnly = conflicting.find((x) => timesOfItems(parts, x.match.metricId) && x.raw >= top.raw + UNIT_RULED_OUT_LEAD);
	if (unitOnly && !top.exact) return { ranked, chosen: null };
	// A label counting what the schema does not (发放资料, 出动人员) is suggested, never chosen.
	if (parts.outside && !parts.outside.test(PREPARED_BY_ID.get(top.match.metricId)?.words ?? '')) return { ranked, chosen: null };
	// A label that names no activity, under a header that names none, must say more (培训人数 is not
	// the 我是安全培训师 campaign's count). Below the threshold, a count of the activity the label or
	// its header names still wins when no rival comes close: only the words left have to pick within it.
	// A yes/no question: the schema asks few, each in its own words. One the question words and no other
	// comes near is that question, however else it is phrased (是否明确活动时间表 → the roadmap).
	if (question && top.raw >= QUESTION_FLOOR && agreeing.every((x) => x === top || x.raw <= top.raw * QUESTION_SHARE)) return { ranked, chosen: top.match };
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
		const unitOf = (y: Scored) => UNIT_OF.get(y.match.metricId);
		const agrees = (y: Scored) => qualifierAgrees(parts, y.match.metricId);
		if (top.exact && !x.exact) return false;
		if (agrees(top) && !agrees(x)) return false;
		if (top.match.family === preferred && x.match.family !== preferred) return false;
		if (unit && unitOf(top) === unit && unitOf(x) !== unit) return false;
		// Two counts of one activity the label words alike (刊发新闻报道（篇） ends two clauses): the header,
		// standing for the clause before, tells them apart when it words one and not the other (组织媒体报道).
		if (x.match.activityId === top.match.activityId && x.match.family === top.match.family) {
			const told = headerTells(words.header, top.match.metricId, x.match.metricId);
			if (told !== null) return told !== top.match.metricId;
			// So do the label's own words, when they word one and not the other (组织职工参加公众开放日: the
			// staff who joined, not the open day's participants) — only a qualifier-free pair gets here.
			// A word's worth (two bigrams), not a stray one (直播 of 网络直播 is no live quiz).
			const own = words.own();
			if (wordsAlone(own, top.match.metricId, [x.match.metricId]) >= 2 && wordsAlone(own, x.match.metricId, [top.match.metricId]) === 0 && openDifference(parts, top.match.metricId, x.match.metricId) === null)
				return false;
		}
		return (
			openDifference(parts, top.match.metricId, x.match.metricId) !== null ||
			// The label names one activity and its header another (举报隐患 under 排查整治): a count of the
			// header's is as likely as the label's.
			(activities.label !== null && activities.context !== null && activities.label !== activities.context && x.match.activityId === activities.context && x.match.family === top.match.family) ||
			(x.match.activityId === top.match.activityId && COUNTS.has(x.match.family) && COUNTS.has(top.match.family)) ||
			// Neither the label nor its header names an activity: the same count of another activity (开设专栏
			// is counted by 学习 and by 专项整治) is as likely.
			(activities.label === null && activities.context === null && x.match.family === top.match.family) ||
			(x.match.activityId === activities.context && x.match.family === top.match.family)
		);
	}
}

/** Metrics told apart by what they show only (the warning films and exhibitions). */
const MEDIUM_ONLY = new Set(Object.entries(METRIC_QUALIFIERS).filter(([, q]) => Object.keys(q).join() === 'medium').map(([id]) => id));

/** How many counts (P, S, H, M, C) each activity has. */
const COUNTS_OF = new Map<string, number>();
for (const m of METRIC_BY_ID.values()) if (COUNTS.has(m.family)) COUNTS_OF.set(m.activity, (COUNTS_OF.get(m.activity) ?? 0) + 1);

const ASKS = new Set([...METRIC_BY_ID.values()].filter((m) => m.family === 'F').map((m) => m.activity)); // activities asking yes/no
/** Each metric's unit in one spelling (sameUnit). */
const UNIT_OF = new Map([...METRIC_BY_ID.values()].map((m) => [m.id, sameUnit(m.unit)]));

function rankUncached(label: string, context: string, opts?: { families?: Family[] }): Ranking {
	const r = rankOf(label, context, opts);
	const leaf = label.slice(label.lastIndexOf('|') + 1);
	const ctx = [context, label.slice(0, Math.max(0, label.lastIndexOf('|')))].filter((s) => s.trim() !== '').join(' ');
	// A column of two counts (进企业（场/人次）) is neither; nor one whose words or header contradict the metric (guard.ts).
	if (r.chosen) return twoMeasures(leaf) ? { ranked: r.ranked, chosen: null } : opts?.families ? r : checked(r, leaf, ctx);
	const level = opts?.families ? null : levelAlone(leaf, ctx);
	if (level && !contradicts(leaf, ctx, level)) {
		const chosen = toMatch(METRIC_BY_ID.get(level)!, 0.85);
		return { chosen, ranked: [chosen, ...r.ranked.filter((m) => m.metricId !== level)] };
	}
	// Fewer than three suggestions for a count of people or sessions (演炼场次, 讲座（场）: words nothing here
	// knows): the clerk is also shown the counts such a column most often holds.
	if (r.ranked.length >= 3) return r;
	const families = allowedFamilies(leaf, opts).filter((f) => f === 'P' || f === 'S');
	if (families.length === 0 || families.length > 1) return r;
	return { chosen: null, ranked: [...r.ranked, ...generalCounts(families, partsOf(leaf, ctx), r.ranked)] };
}

function rankOf(label: string, context: string, opts?: { families?: Family[] }): Ranking {
	// "group|leaf" (a flattened header path or a long table's 活动|指标): the left part is context.
	const parts = label.split('|');
	const leaf = totalSlot((parts.pop() ?? '').replace(ANSWER_SLOTS, '□是□否'));
	const ctx = [context, ...parts].filter((s) => s.trim() !== '').join(' ');
	// A stable metric_id (a long table or our own facts CSV names metrics by id) is that metric.
	const byId = METRIC_BY_ID.get(leaf.normalize('NFKC').trim());
	if (byId) {
		const m = !opts?.families || opts.families.includes(byId.family) ? [toMatch(byId, 1)] : [];
		return { ranked: m, chosen: m[0] ?? null };
	}

	// A form's reader asks with the families of a number slot: the leaf is a clause of a form, its context the section.
	const clause = opts?.families !== undefined;
	const core = coreOf(leaf);
	// A header's measure is the measure of the leaves under it that state none (场次 over 进企业 | 进农村 …).
	const headerMeasure = !clause && ctx && !measureOf(leaf) && core.replace(FILLER, '') !== '' ? measureOf(ctx) : null;
	const families = headerMeasure?.families ?? allowedFamilies(leaf, opts);
	if (families.length === 0) return { ranked: [], chosen: null };
	const ownParts = partsOf(leaf, ctx, clause);
	const labelParts = headerMeasure ? { ...ownParts, measure: headerMeasure } : ownParts;
	const labelActivity = detectActivity(leaf);
	// A yes/no question under a heading whose activity asks none (演练与责任) is asked by none of the heading's.
	const contextActivity = families.every((f) => f === 'F') && !ASKS.has(headerActivity(ctx) ?? '') ? null : headerActivity(ctx);
	if (core.replace(FILLER, '') === '') {
		const own = genericFamilies(leaf, ctx, families);
		return rankGeneric(labelActivity ?? contextActivity, ctx, own ?? families, labelParts, own !== null, clause);
	}

	const q = bigrams(withoutLongName(core));
	const tail = tailOf(leaf);
	const focus = labelActivity ?? contextActivity;
	// A label that names an activity and says little else (开展应急疏散演练（次）) means its primary metric.
	let residual = core.replace(FILLER, '');
	if (labelActivity) {
		for (const k of ACTIVITY_KEYWORDS.get(labelActivity) ?? []) if (residual.includes(k)) residual = residual.split(k).join('');
		residual = residual.replace(/安全|应急|宣传/g, '');
	}
	const primaryFloor = new Map<string, number>();
	if (labelActivity && residual.length <= 2) {
		const f = families.find((fam) => PRIMARY[labelActivity]?.[fam]);
		const id = f ? PRIMARY[labelActivity][f] : undefined;
		if (id) primaryFloor.set(id, 0.62);
	}

	// A header that words one metric of the activity (理论学习中心组 over 参学人次) helps pick within it.
	const ctxWords = ctx ? wordsOfContext(ctx, contextActivity) : null;
	const ctxGrams = ctxWords ? ctxWords.grams : null;
	const out: Scored[] = [];
	const otherFamilies: Scored[] = [];
	const suggestable = opts?.families ?? [...COUNTS];
	for (let i = 0; i < PREPARED.length; i++) {
		const p = PREPARED[i];
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
		// What a session shows (观看 → a film) tells warning education's counts apart, not which activity
		// watched it (集中观看 under 学习教育 is the study's viewing): no lead while no activity is named.
		if (ofNamedActivity && agrees && (focus || !MEDIUM_ONLY.has(p.metric.id))) s += QUALIFIER_BONUS;
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
	// The label's own words: its bigrams less its activity's name and the words most metrics share (as a header's).
	let own: string[] | null = null;
	const words = { said: new Set([...q, ...(ctxGrams ?? [])]), own: () => (own ??= headerWords(core, labelActivity)), header: ctxWords?.header ?? headerWords(ctx, contextActivity) };
	const question = opts?.families?.length === 1 && opts.families[0] === 'F';
	const ranked = decide(leaf, out.sort(byScore), labelParts, { label: labelActivity, context: contextActivity }, preferred, otherFamilies.sort(byScore), words, question);
	// An activity's bare name (“五进”活动, 万里行, 云课堂) states no measure: which of its counts it holds
	// is a guess, so it is suggested, never chosen — unless the activity counts one thing only (启动仪式),
	// the label asks for a count of what it names (举报数量: the activity's primary count), or its words
	// are one metric's listed phrasing (曝光问题).
	const bare =
		labelActivity !== null && residual === '' && !core.includes('数') && families === ALL_FAMILIES && !opts?.families && (COUNTS_OF.get(labelActivity) ?? 0) > 1 && !out.some((x) => x.exact);
	if (bare) return { ranked: ranked.ranked, chosen: null };
	// A verb alone (观看人次, 参观人次, 组织宣讲（场）) under no activity names nothing it was done to: a film, the
	// study's viewing, a live class and a venue are all watched or visited. Suggested, never chosen.
	// (A header stating what it was — 警示展览 over 参观人次 — says it.)
	const headerSays = () => ctx !== '' && Object.keys(partsOf(ctx).ownQualifiers).length > 0;
	if (!focus && residual.replace(VERBS_ALONE, '') === '' && !out.some((x) => x.exact) && !headerSays()) return { ranked: ranked.ranked, chosen: null };
	// The chosen metric heads the suggestions (a sibling it beat on a qualifier may score higher).
	const chosen = ranked.chosen;
	return chosen && ranked.ranked[0]?.metricId !== chosen.metricId ? { chosen, ranked: [chosen, ...ranked.ranked.filter((m) => m.metricId !== chosen.metricId)] } : ranked;
}

/** Verbs, and nouns as general (项目, 工作), that say what was done, not to what (a label's words once its measure and fillers are gone). */
const VERBS_ALONE = /观看|参观|宣讲|培训|学习|教育|宣传|讲座|参与|体验|安全|项目|工作/g;

/**
 * A context's bigrams and its own words (headerWords), the same for every ask under it (a form's section
 * asks for each of its clauses): made once per context, and its bigrams' scores against every phrasing
 * (bestOfEach, remembered by the set) with them. Read, never changed.
 */
const contextWords = new Map<string, { grams: Set<string>; header: string[] }>();
function wordsOfContext(ctx: string, activity: string | null): { grams: Set<string>; header: string[] } {
	let w = contextWords.get(ctx);
	if (w === undefined) {
		if (contextWords.size > 4096) contextWords.clear();
		// The context's activity is headerActivity(ctx): the context alone keys it.
		contextWords.set(ctx, (w = { grams: bigrams(coreOf(ctx)), header: headerWords(ctx, activity) }));
	}
	return w;
}

const cache = new Map<string, Map<string, Map<string, Ranking>>>();

function ranking(label: string, context: string, families?: Family[]): Ranking {
	// Keyed by families, context, then label: no joined key string to build and hash at every ask.
	const fams = families?.join('') ?? '*';
	let byContext = cache.get(fams);
	if (!byContext) cache.set(fams, (byContext = new Map()));
	let byLabel = byContext.get(context);
	if (!byLabel) byContext.set(context, (byLabel = new Map()));
	let r = byLabel.get(label);
	if (!r) {
		r = rankUncached(label, context, families ? { families } : undefined);
		byLabel.set(label, r);
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
