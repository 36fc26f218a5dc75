/**
 * Families of metrics (DOMAIN.md): P participants, S sessions, H hazards,
 * M media items, C other counts, F yes/no flag, T text.
 */
export type Family = 'P' | 'S' | 'H' | 'M' | 'C' | 'F' | 'T';

export interface Activity {
	id: string;
	zh: string;
	en: string;
	/** Words that point to this activity in a group header, an 活动 column or a form's 活动项目 cell. */
	keywords: string[];
	/** Longer forms of the activity's own name (also keywords): they say which activity, never which count. */
	names?: string[];
}

/** A metric as the page names it (metric-names.ts). */
export interface MetricName {
	/** Stable id, e.g. `consult.participants`. */
	id: string;
	activity: string;
	family: Family;
	zh: string;
	en: string;
	/** Unit of measure as written in the forms: 场, 次, 人次, 篇, 个, 条, 部 … ('' for F and T). */
	unit: string;
}

/** A metric with the forms' wording of it, what the matcher reads (metrics.ts). */
export interface Metric extends MetricName {
	/** The forms' own wording and synonyms found in the wild (the clause without the number). */
	synonyms: string[];
}

/** The schema's own phrasings folded as labels are, by the CLI's build (folds.ts), for label.ts to start with. */
export interface SchemaFolds {
	/** [label, canonLabel(label)] */
	canon: [string, string][];
	/** [canon, foldParts(canon)] */
	folded: [string, string][];
	/** [label, coreOf(label)] */
	core: [string, string][];
}
