/**
 * The review screen's list: every distinct source label, how it is mapped
 * now, how sure the match is, and what the values under it look like.
 */
import type { Fact, FactStatus } from '../facts/fact';
import type { Family } from '../schema/types';
import { rankMetrics, type MetricMatch } from '../schema/match';
import { suggestMetrics, type Suggestion } from '../schema/suggest';
import { uncountedReason } from '../schema/measure';
import { decisionIndex } from './apply';
import { labelKey } from './key';
import type { LabelDecision, MappingProfile } from './profile';

const MAX_SAMPLES = 5;
const MAX_FILES = 20;

export interface LabelEntry {
	/** The key decisions meet the label on (normalized). */
	key: string;
	/** The label as first written. */
	label: string;
	/** Other spellings of the same label (whitespace, full-width variants). */
	variants: string[];
	/** The metric most of its facts are on now (null: unmapped or ignored). */
	metricId: string | null;
	activityId: string | null;
	family: Family | null;
	/** True when its facts are on more than one metric (a form clause read under different activities). */
	mixed: boolean;
	/** The lowest confidence among its facts (1 for a user decision, 0 for unmapped). */
	confidence: number;
	/** unmapped: no metric (and not ignored); ignored: left out by the user; mapped otherwise. */
	state: 'unmapped' | 'mapped' | 'ignored';
	/** The user's decision for it, when the profile holds one. */
	decision: LabelDecision | null;
	count: number;
	statusCounts: Partial<Record<FactStatus, number>>;
	/** Up to 5 distinct values as written. */
	samples: string[];
	/** Up to 20 distinct files it appears in; `fileCount` counts all. */
	files: string[];
	fileCount: number;
	/** The matcher's best schema candidates, best first. */
	candidates: MetricMatch[];
	/** The three best candidates with the reasons for each (measure, action, activity, qualifiers). */
	suggestions: Suggestion[];
	/** Why its numbers go into no metric (counted in 万, a rate, money …), or null. */
	uncounted: { zh: string; en: string } | null;
}

interface Acc {
	entry: LabelEntry;
	metrics: Map<string, { n: number; f: Fact }>;
	variants: Set<string>;
	samples: Set<string>;
	files: Set<string>;
}

const metricKey = (f: Fact) => `${f.metricId ?? ''}`;

export function labelInventory(facts: Fact[], profile?: MappingProfile | null): LabelEntry[] {
	const decisions = profile ? decisionIndex(profile) : new Map<string, LabelDecision>();
	const byKey = new Map<string, Acc>();
	for (const f of facts) {
		const key = labelKey(f.label);
		let acc = byKey.get(key);
		if (!acc) {
			acc = {
				entry: {
					key,
					label: f.label,
					variants: [],
					metricId: null,
					activityId: null,
					family: null,
					mixed: false,
					confidence: 1,
					state: 'unmapped',
					decision: decisions.get(key) ?? null,
					count: 0,
					statusCounts: {},
					samples: [],
					files: [],
					fileCount: 0,
					candidates: [],
					suggestions: [],
					uncounted: null
				},
				metrics: new Map(),
				variants: new Set([f.label]),
				samples: new Set(),
				files: new Set()
			};
			byKey.set(key, acc);
		}
		const e = acc.entry;
		e.count++;
		e.statusCounts[f.status] = (e.statusCounts[f.status] ?? 0) + 1;
		e.confidence = Math.min(e.confidence, f.confidence);
		acc.variants.add(f.label);
		if (acc.samples.size < MAX_SAMPLES && f.raw.trim() !== '') acc.samples.add(f.raw.trim());
		acc.files.add(f.file);
		const mk = metricKey(f);
		const m = acc.metrics.get(mk);
		if (m) m.n++;
		else acc.metrics.set(mk, { n: 1, f });
	}

	const entries = [...byKey.values()].map((acc) => {
		const e = acc.entry;
		const [top] = [...acc.metrics.values()].sort((a, b) => b.n - a.n);
		e.metricId = top.f.metricId;
		e.activityId = top.f.activityId;
		e.family = top.f.family;
		e.mixed = acc.metrics.size > 1;
		e.variants = [...acc.variants].filter((v) => v !== e.label);
		e.samples = [...acc.samples];
		e.fileCount = acc.files.size;
		e.files = [...acc.files].slice(0, MAX_FILES);
		e.state = e.decision?.ignore || (e.statusCounts.ignored ?? 0) > 0 ? 'ignored' : e.metricId === null ? 'unmapped' : 'mapped';
		e.candidates = rankMetrics(e.label, '', { limit: 5 });
		e.suggestions = suggestMetrics(e.label, '', { limit: 3 });
		e.uncounted = e.state === 'unmapped' ? uncountedReason(e.label) : null;
		return e;
	});
	const rank = { unmapped: 0, mapped: 1, ignored: 2 } as const;
	return entries.sort((a, b) => rank[a.state] - rank[b.state] || a.confidence - b.confidence || b.count - a.count || a.label.localeCompare(b.label, 'zh'));
}
