/**
 * The 总结报告 draft as data: paragraphs → sentences → text parts and figure
 * tokens. Every token carries its exact value and the query it answers
 * (measure or metric, the draft's filter, year, unit/region/activity), so one
 * model renders to the screen (hover shows the value, 查看来源 lists its facts),
 * to plain text and to Word. Pure.
 */
import type { Measure } from '../../query/filter';
import { formatPct, formatReportNumber, type DraftLang } from './format';
import { formatRate } from '../../roster/completion';

export type { DraftLang } from './format';

/** What a token's value is, as SQL can answer it under the draft's filter (years replaced by `year`). */
export interface TokenQuery {
	/** sum: Σ value of ok facts; units: distinct units with an ok fact; facts: how many facts of `status`. */
	agg: 'sum' | 'units' | 'facts';
	/** The year counted (null: facts whose year is unknown). */
	year: number | null;
	measure?: Measure;
	metricId?: string;
	unit?: string;
	region?: string;
	/** The regions a ranked region stands for (it and those inside it), in place of `region`. */
	regions?: string[];
	activityId?: string;
	/** For `facts`: the status counted (default ok). */
	status?: 'ok' | 'unmapped' | 'superseded';
}

export interface Token {
	/** Unique within its sentence and stable across rebuilds (edited text refers to it). */
	id: string;
	/** count: a figure (万 style past ten thousand); int: a small count (units, files); pct: a year-on-year change in %; rate: a share 0..1 (73.3%). */
	kind: 'count' | 'int' | 'pct' | 'rate';
	/** The exact value (for pct: (current − previous) / previous × 100; for rate: the share, 0..1). */
	value: number;
	/** What the figure is, in words (tooltip and sources title). */
	label: string;
	/** The query it answers; null for figures not in the database (files that could not be read, checks). */
	query: TokenQuery | null;
	/** For pct: the two values compared, each with its query. */
	change?: { current: number; previous: number; currentQuery: TokenQuery; previousQuery: TokenQuery };
}

export type Part = string | Token;

export interface Sentence {
	/** Stable across rebuilds and filters (e.g. `totals.participation`, `activity.drills`): edits are keyed by it. */
	id: string;
	parts: Part[];
}

export interface Paragraph {
	id: string;
	/** A heading shown above the paragraph (activity paragraphs: （一）应急演练). */
	heading?: string;
	sentences: Sentence[];
}

export interface Draft {
	lang: DraftLang;
	/** The year reported on and the year it is compared with (null: none loaded). */
	year: number | null;
	prevYear: number | null;
	/** 据不完全统计: not every expected unit reported, or some files could not be read. */
	incomplete: boolean;
	title: string;
	paragraphs: Paragraph[];
}

export const isToken = (p: Part): p is Token => typeof p !== 'string';

/** A token as written in the text. */
export function tokenText(t: Token, lang: DraftLang): string {
	if (t.kind === 'pct') return formatPct(t.value, lang);
	if (t.kind === 'int') return String(t.value);
	if (t.kind === 'rate') return formatRate(t.value);
	return formatReportNumber(t.value, lang);
}

export function sentenceText(s: Sentence, lang: DraftLang): string {
	return s.parts.map((p) => (isToken(p) ? tokenText(p, lang) : p)).join('');
}

export function paragraphText(p: Paragraph, lang: DraftLang): string {
	return p.sentences.map((s) => sentenceText(s, lang)).join(lang === 'zh' ? '' : ' ');
}

/** The draft as plain text: title, then each paragraph (its heading on its own line), blank lines between. */
export function draftText(d: Draft): string {
	const blocks = [d.title, ...d.paragraphs.filter((p) => p.sentences.length).map((p) => (p.heading ? `${p.heading}\n` : '') + paragraphText(p, d.lang))];
	return blocks.join('\n\n') + '\n';
}

/** Every token of the draft, with the sentence it sits in. */
export function draftTokens(d: Draft): { sentence: Sentence; token: Token }[] {
	return d.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.parts.filter(isToken).map((token) => ({ sentence: s, token }))));
}
