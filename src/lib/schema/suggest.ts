/**
 * Suggestions for a label: the matcher's best candidates, each with the reasons a clerk can check at
 * a glance — does the measure word agree, does the action, which activity it was found under, and
 * whether a qualifier (media level, who acts, where …) agrees or differs.
 */
import { canonLabel, sameUnit } from './label';
import { ACTION_WORDS, foldParts, type Action, type Dimension } from './lexicon';
import { detectActivity, rankMetrics, type MetricMatch } from './match';
import { contextActivity } from './candidates';
import { metricQualifiers, partsOf, qualifierConflict } from './parts';
import { ACTIVITIES } from './activities';
import { METRICS } from './metrics';
import type { Family } from './types';

export type ReasonPart = 'measure' | 'action' | 'activity' | 'qualifier';

export interface SuggestionReason {
	part: ReasonPart;
	/** The label and the metric agree on this part (false: they differ, or the label does not say). */
	ok: boolean;
	zh: string;
	en: string;
}

export interface Suggestion extends MetricMatch {
	reasons: SuggestionReason[];
}

const METRIC_BY_ID = new Map(METRICS.map((m) => [m.id, m]));
const ACTIVITY_BY_ID = new Map(ACTIVITIES.map((a) => [a.id, a]));

const ACTION_NAMES: Record<Action, [string, string]> = {
	join: ['参与', 'taking part'],
	hold: ['开展', 'holding'],
	watch: ['观看', 'watching'],
	make: ['制作', 'making'],
	publish: ['发表', 'publishing'],
	find: ['排查', 'finding'],
	expose: ['曝光', 'exposing'],
	report: ['举报', 'reporting']
};

const DIMENSION_NAMES: Record<Dimension, [string, string]> = {
	level: ['媒体级别', 'media level'],
	actor: ['行为主体', 'who acts'],
	channel: ['线上线下', 'online or not'],
	medium: ['形式', 'form'],
	stage: ['排查或整改', 'found or fixed'],
	place: ['场所', 'place'],
	platform: ['平台', 'platform'],
	scope: ['竞赛范围', 'contest scope']
};

const VALUE_NAMES: Record<string, [string, string]> = {
	central: ['中央', 'central'],
	province: ['省级', 'provincial'],
	local: ['市县', 'city/county'],
	national: ['全国', 'national'],
	regional: ['地方', 'local (any level)'],
	reward: ['奖励', 'rewards'],
	news: ['新闻报道', 'news reports'],
	tipoff: ['群众举报', 'tip-offs'],
	online: ['线上', 'online'],
	offline: ['线下', 'on site'],
	film: ['警示片', 'films'],
	exhibition: ['展览', 'exhibitions'],
	talk: ['警示教育', 'warning education'],
	found: ['排查发现', 'found'],
	fixed: ['整改', 'fixed'],
	enterprise: ['企业', 'enterprises'],
	village: ['农村', 'villages'],
	community: ['社区', 'communities'],
	school: ['学校', 'schools'],
	family: ['家庭', 'families'],
	douyin: ['抖音', 'Douyin'],
	weibo: ['微博', 'Weibo'],
	other: ['其他平台', 'another platform']
};

const valueName = (v: string, lang: 0 | 1) => VALUE_NAMES[v]?.[lang] ?? v;
const actionOf = (text: string): Action | null => ACTION_WORDS.find(([, re]) => re.test(foldParts(canonLabel(text))))?.[0] ?? null;

function measureReason(unit: string | null, metricUnit: string): SuggestionReason {
	if (!unit) return { part: 'measure', ok: false, zh: `量词：标签未写（指标为“${metricUnit || '—'}”）`, en: `measure: not stated (the metric counts ${metricUnit || '—'})` };
	const ok = sameUnit(unit) === sameUnit(metricUnit);
	return ok
		? { part: 'measure', ok, zh: `量词“${unit}”相符`, en: `measure ${unit} agrees` }
		: { part: 'measure', ok, zh: `量词“${unit}”，指标为“${metricUnit || '—'}”`, en: `measure ${unit}, the metric counts ${metricUnit || '—'}` };
}

function actionReason(labelAction: Action | null, metricAction: Action | null): SuggestionReason {
	if (!labelAction) return { part: 'action', ok: false, zh: '动作：标签未写', en: 'action: not stated' };
	const [zh, en] = ACTION_NAMES[labelAction];
	const ok = !metricAction || metricAction === labelAction;
	return { part: 'action', ok, zh: `动作“${zh}”${ok ? '相符' : `，指标为“${ACTION_NAMES[metricAction!][0]}”`}`, en: `action: ${en}${ok ? ' agrees' : `, the metric's is ${ACTION_NAMES[metricAction!][1]}`}` };
}

function activityReason(activityId: string, fromLabel: string | null, fromContext: string | null): SuggestionReason {
	const a = ACTIVITY_BY_ID.get(activityId);
	const name = [a?.zh ?? activityId, a?.en ?? activityId];
	if (fromLabel === activityId) return { part: 'activity', ok: true, zh: `活动“${name[0]}”（标签写明）`, en: `activity ${name[1]} (named in the label)` };
	if (fromContext === activityId) return { part: 'activity', ok: true, zh: `活动“${name[0]}”（来自表头/活动栏）`, en: `activity ${name[1]} (from the header or activity column)` };
	return { part: 'activity', ok: false, zh: `活动“${name[0]}”（标签与表头均未写明）`, en: `activity ${name[1]} (named neither in the label nor its header)` };
}

/** 发放资料 → the word that says the label counts what no metric here does (unless this one states it). */
function outsideReason(outside: RegExp | null, leaf: string, metricWords: string): SuggestionReason[] {
	const word = outside?.exec(foldParts(canonLabel(leaf)))?.[0];
	if (!word || outside!.test(metricWords)) return [];
	return [{ part: 'action', ok: false, zh: `标签写“${word}”，指标不统计此项`, en: `the label says ${word}, which the metric does not count` }];
}

/** The qualifier reasons: one per dimension the metric is defined by and the label states. */
function qualifierReasons(labelQualifiers: Partial<Record<Dimension, string[]>>, metricId: string): SuggestionReason[] {
	const out: SuggestionReason[] = [];
	for (const [d, want] of Object.entries(metricQualifiers(metricId)) as [Dimension, string][]) {
		const stated = labelQualifiers[d];
		const [dz, de] = DIMENSION_NAMES[d];
		if (!stated) {
			out.push({ part: 'qualifier', ok: false, zh: `${dz}：标签未写（指标为${valueName(want, 0)}）`, en: `${de}: not stated (the metric's is ${valueName(want, 1)})` });
			continue;
		}
		const ok = stated.length === 1 && stated[0] === want;
		const said = [stated.map((v) => valueName(v, 0)).join('、'), stated.map((v) => valueName(v, 1)).join(', ')];
		out.push(
			ok
				? { part: 'qualifier', ok, zh: `${dz}“${said[0]}”相符`, en: `${de} ${said[1]} agrees` }
				: { part: 'qualifier', ok, zh: `${dz}不同：标签为${said[0]}，指标为${valueName(want, 0)}`, en: `${de} differs: the label says ${said[1]}, the metric is ${valueName(want, 1)}` }
		);
	}
	return out;
}

/**
 * The best `limit` (3) candidates for a label with their reasons, best first — those that agree with
 * the label's qualifiers before those that differ on one.
 */
export function suggestMetrics(label: string, context = '', opts?: { families?: Family[]; limit?: number }): Suggestion[] {
	const parts = label.split('|');
	const leaf = parts.pop() ?? '';
	const ctx = [context, ...parts].filter((s) => s.trim() !== '').join(' ');
	const labelParts = partsOf(leaf, ctx);
	const labelAction = labelParts.action;
	const fromLabel = detectActivity(leaf);
	const fromContext = contextActivity(ctx);
	return rankMetrics(label, context, { families: opts?.families, limit: opts?.limit ?? 3 }).map((m) => {
		const metric = METRIC_BY_ID.get(m.metricId);
		const reasons = [
			measureReason(labelParts.measure?.unit || null, metric?.unit ?? ''),
			actionReason(labelAction, metric ? actionOf(metric.zh) : null),
			...outsideReason(labelParts.outside, leaf, metric ? [metric.zh, ...metric.synonyms].map((p) => foldParts(canonLabel(p))).join('|') : ''),
			activityReason(m.activityId, fromLabel, fromContext),
			...qualifierReasons(labelParts.qualifiers, m.metricId)
		];
		return { ...m, reasons, ...(qualifierConflict(labelParts, m.metricId) ? { confidence: Math.min(m.confidence, 0.5) } : {}) };
	});
}
