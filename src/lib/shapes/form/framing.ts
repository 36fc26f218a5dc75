/**
 * Words that frame what was done rather than name it: where or through what (在本单位网站、微信公众号…,
 * 通过暗查暗访…, 依托融媒体中心…) and when (检查中…, 活动期间…). A slot the matcher left unmapped is read
 * again without them, and the reading counts only when it agrees with what the whole label already
 * pointed to clearly: the frame may hide a qualifier (在省级以上媒体…), so it never brings a metric of its own.
 */
import { matchMetric, rankMetrics, type MetricMatch } from '../../schema/match';
import type { Family } from '../../schema/types';
import { hanCount } from './clause-words';

/** A frame opening a label: a preposition of place or means, or a time of 2–4 characters ending in 中/期间 (not 其中, 集中). */
const FRAME = /^(?:在|于|通过|依托|利用|借助)|^[\u4e00-\u9fa5]{2,4}(?:中|期间|当天)(?=[\u4e00-\u9fa5])/;
/** How far the whole label's best candidate must stand above the rest for the frame-free words to confirm it. */
const CLEAR = 0.2;
/** Fewest Han characters left after the frame: what was done and what it counts. */
const LEFT = 4;
const MAX_CUTS = 16;

const han = (c: string) => c >= '\u4e00' && c <= '\u9fa5';

/** The label's metric read without its frame, or null (no frame, no clear candidate, or another reading). */
export function withoutFrame(label: string, context: string, families: Family[]): MetricMatch | null {
	const frame = FRAME.exec(label);
	if (!frame) return null;
	const ranked = rankMetrics(label, context, { families, limit: 3 });
	if (ranked.length === 0) return null;
	const best = ranked.reduce((a, b) => (b.confidence > a.confidence ? b : a));
	if (ranked.some((r) => r !== best && best.confidence - r.confidence < CLEAR)) return null;
	let left = hanCount(label.slice(frame[0].length));
	// Longest reading first: the first cut the matcher places decides, and it must be the clear candidate.
	for (let p = frame[0].length, cuts = 0; p < label.length && cuts < MAX_CUTS && left >= LEFT; p++) {
		if (!han(label[p])) continue;
		cuts++;
		const m = matchMetric(label.slice(p), context, { families });
		if (m) return m.metricId === best.metricId ? m : null;
		left--;
	}
	return null;
}
