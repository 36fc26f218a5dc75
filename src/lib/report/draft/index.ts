/** The 总结报告 draft: its queries, figures, sentences, edits and text. */
export * from './model';
export * from './format';
export * from './sql';
export * from './data';
export * from './edits';
export { buildDraft, draftTitle, type DraftContext } from './write';

import type { Row } from '../../db/types';
import { draftData } from './data';
import { buildDraft, type DraftContext } from './write';
import type { Draft, DraftLang } from './model';

/** `draftQueries`' results → the draft in a language. */
export function draftFromRows(results: readonly Row[][], ctx: DraftContext, lang: DraftLang): Draft {
	return buildDraft(draftData(results), ctx, lang);
}
