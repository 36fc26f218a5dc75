/**
 * The media things a count of them names — columns, articles, films, videos, signs, ads, products,
 * topics. The counts of the media differ by the thing they count more than by their verbs: 开设排查整治
 * 专栏（ ）个 counts columns, whatever 排查整治 words; 开设专栏 in 县级媒体 is no article of the 市县 media.
 */
import { canonLabel } from './label';
import { foldParts } from './lexicon';
import { METRICS } from './metrics';
import { matchesOf } from '../base/matches';

/** Each thing and its words, after folding (警示片 is already 警示教育片, 海报 挂图). */
const OBJECTS: [string, RegExp][] = [
	['column', /专栏/g],
	['article', /稿件|文章|报道/g],
	['film', /警示教育片|案例片/g],
	['video', /视频|专题片|宣传片/g],
	['signage', /横幅|标语|挂图|展板/g],
	['ad', /广告/g],
	['product', /宣传品|产品/g],
	['topic', /话题/g]
];

/** Families that count things (not sessions or people): only their thing can disagree. */
const THING_FAMILIES = new Set(['M', 'C', 'H']);

/**
 * The thing a label counts: the last thing its words (folded) name before its (last) slot — 在县级媒体开设
 * 专栏（ ）个 counts columns, 播放公益广告（ ）部 ads — or null when they name none.
 */
export function countedObject(folded: string): string | null {
	const last = folded.lastIndexOf('#');
	const end = last < 0 ? folded.length : last;
	const start = last > 0 ? folded.lastIndexOf('#', last - 1) + 1 : 0;
	const words = folded.slice(start, end);
	let best: string | null = null;
	let at = -1;
	for (const [thing, re] of OBJECTS)
		for (const m of matchesOf(re, words))
			if (m.index! >= at) {
				at = m.index!;
				best = thing;
			}
	return best;
}

const METRIC_OBJECTS = new Map(
	METRICS.map((m) => {
		const words = [m.zh, ...m.synonyms].map((p) => foldParts(canonLabel(p))).join('|');
		return [m.id, { family: m.family, things: new Set(OBJECTS.filter(([, re]) => words.search(re) >= 0).map(([t]) => t)) }];
	})
);

/** A count of things whose wording never names the thing the label counts counts something else. */
export function objectConflict(object: string | null, metricId: string): boolean {
	if (!object) return false;
	const m = METRIC_OBJECTS.get(metricId);
	return !!m && THING_FAMILIES.has(m.family) && !m.things.has(object);
}
