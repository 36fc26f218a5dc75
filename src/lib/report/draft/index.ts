/** The 总结报告 draft: its queries, figures, sentences, edits and text. */
export * from './model';
export * from './format';
export * from './sql';
export * from './data';
export * from './edits';
export { buildDraft, draftTitle, type DraftContext, type DraftRoster } from './write';
export { draftRoster } from './roster';

import type { Row } from '../../db/types';
import { MEASURE_IDS } from '../../query/filter';
import { regionsInBar, rollRegions } from '../../query/regions';
import { DRAFT_QUERY_NAMES } from './sql';
import { draftData } from './data';
import { buildDraft, type DraftContext } from './write';
import type { Draft, DraftLang } from './model';

/**
 * `draftQueries`' results → the draft in a language. With the region chart's
 * level (ctx.regionLevel) the regions are ranked as its bars: each with the
 * regions inside it (query/regions.ts rollRegions), its figures' queries
 * over the same regions.
 */
export function draftFromRows(results: readonly Row[][], ctx: DraftContext, lang: DraftLang): Draft {
	const level = ctx.regionLevel;
	if (!level) return buildDraft(draftData(results), ctx, lang);
	const at = DRAFT_QUERY_NAMES.indexOf('regions');
	const rolled = results.map((rows, i) => (i === at ? rollRegions(rows, level, 'region', MEASURE_IDS) : rows));
	const data = draftData(rolled);
	const own = (r: string) => (lang === 'zh' ? `${r}（本级）` : `${r} (own units)`);
	data.regions = data.regions.map((r) => ({ ...r, regions: regionsInBar(r.region, level), ...(r.region === level.within ? { label: own(r.region) } : {}) }));
	return buildDraft(data, ctx, lang);
}
