/**
 * A mapping profile draft for the labels that stayed unmapped: each holds the matcher's three
 * suggestions with their reasons and `metricId: null`. The user puts one of the suggested ids (or any
 * metric id) into `metricId`, or `"ignore": true`, and passes the file back with `--mapping`; a label
 * left at null stays unmapped. Extra keys (`suggestions`, `help`) are ignored by the profile reader.
 */
import { catalogMetric } from './catalog';
import type { LabelEntry } from './inventory';
import { PROFILE_FORMAT, PROFILE_VERSION, type LabelDecision, type MappingProfile } from './profile';

export interface DraftSuggestion {
	metricId: string;
	zh: string;
	confidence: number;
	/** The reasons, one line in Chinese and one in English. */
	why: string;
	whyEn: string;
}

export interface DraftLabel {
	label: string;
	metricId: null;
	/** How many values the label holds, and an example or two. */
	count: number;
	samples: string[];
	suggestions: DraftSuggestion[];
	/** Why its numbers go into no metric (counted in 万, a rate, money …), when that is why it is unmapped. */
	uncounted?: string;
	uncountedEn?: string;
}

export interface MappingDraft extends Omit<MappingProfile, 'labels'> {
	help: { zh: string; en: string };
	/** The base profile's decisions first, then a draft entry per unmapped label. */
	labels: (LabelDecision | DraftLabel)[];
}

const HELP = {
	zh: '每个未映射的标签列出三个建议指标及理由。把选中的指标 ID 填入 metricId（或写 "ignore": true 忽略该标签），保存后用 --mapping 传回；metricId 保持 null 的标签仍为未映射。',
	en: 'Each unmapped label lists three suggested metrics with the reasons. Put the chosen metric id into metricId (or write "ignore": true to leave the label out), save, and pass the file back with --mapping; a label whose metricId stays null stays unmapped.'
};

/**
 * The draft for the unmapped labels of an inventory (most values first), after the base profile's
 * own decisions and custom metrics — passed back, the draft keeps everything the base decided.
 */
export function mappingDraft(inventory: LabelEntry[], base?: MappingProfile | null): MappingDraft {
	const metricName = (id: string) => catalogMetric(id, base)?.zh ?? id;
	const drafts = inventory
		.filter((e) => e.state === 'unmapped' && !e.decision)
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh'))
		.map((e) => ({
			label: e.label,
			metricId: null,
			count: e.count,
			samples: e.samples.slice(0, 2),
			suggestions: e.suggestions.map((s) => ({
				metricId: s.metricId,
				zh: metricName(s.metricId),
				confidence: s.confidence,
				why: s.reasons.map((r) => `${r.ok ? '✓' : '✗'}${r.zh}`).join('；'),
				whyEn: s.reasons.map((r) => `${r.ok ? '✓' : '✗'} ${r.en}`).join('; ')
			})),
			...(e.uncounted ? { uncounted: e.uncounted.zh, uncountedEn: e.uncounted.en } : {})
		}));
	return { format: PROFILE_FORMAT, version: PROFILE_VERSION, help: HELP, metrics: base?.metrics ?? [], labels: [...(base?.labels ?? []), ...drafts] };
}
