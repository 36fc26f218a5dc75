/**
 * Pure decisions about the workspace: what to restore on page load, and the
 * user's per-file inputs checked into FileDecisions (with a zh + en reason
 * when they are not acceptable).
 */
import type { FileDecisions } from '../pipeline';
import type { StoredFile, WorkspaceMeta } from './store';
import type { MappingProfile } from '../mapping/profile';
import { isObject } from '../base/problem';
import { MAX_REGION, shortText, type MergeDecisions } from './merges';

export { emptyMergeDecisions, mergeKey, validateMergeDecisions, type MergeDecisions } from './merges';
import type { Roster } from '../roster/types';

export interface RestorePlan {
	/** Stored files to read again, in import order. */
	restore: StoredFile[];
	/** Fetch and import the bundled demo set (then store it). */
	fetchDemo: boolean;
}

/**
 * The demo set comes on a first visit and stays (stored like any file) until
 * the user removes it; `?demo=0` (wantDemo false) never shows it, stored or not,
 * and never loads it. A stored demo set is not fetched again.
 */
export function restorePlan(files: readonly StoredFile[], meta: WorkspaceMeta, wantDemo: boolean): RestorePlan {
	const showDemo = wantDemo && !meta.demoRemoved;
	return {
		restore: files.filter((f) => showDemo || !f.demo),
		fetchDemo: showDemo && !files.some((f) => f.demo)
	};
}

export interface DecisionInput {
	region: string;
	year: string;
	includeHidden: boolean;
}

export const YEAR_RANGE = { min: 1990, max: 2100 } as const;

export type DecisionResult = { ok: true; decisions: FileDecisions } | { ok: false; zh: string; en: string };

/** Blank inputs mean "as the file says": they leave no decision behind. */
export function decisionsFromInput(input: DecisionInput): DecisionResult {
	const decisions: FileDecisions = {};
	const region = input.region.trim();
	if (region.length > MAX_REGION) return { ok: false, zh: `地区名称太长（最多 ${MAX_REGION} 个字）。`, en: `The region name is too long (at most ${MAX_REGION} characters).` };
	if (region) decisions.region = region;
	const yearText = input.year.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/年$/, '');
	if (yearText) {
		const year = Number(yearText);
		if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max)
			return { ok: false, zh: `年度应为 ${YEAR_RANGE.min}–${YEAR_RANGE.max} 之间的整数。`, en: `The year must be a whole number from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}.` };
		decisions.year = year;
	}
	if (input.includeHidden) decisions.includeHidden = true;
	return { ok: true, decisions };
}

export function sameDecisions(a: FileDecisions, b: FileDecisions): boolean {
	return a.region === b.region && a.year === b.year && !!a.includeHidden === !!b.includeHidden;
}

/** One file's stored or imported decisions checked (the same bounds as the file list's form); null when not acceptable. */
export function validateFileDecisions(v: unknown): FileDecisions | null {
	if (!isObject(v)) return null;
	const out: FileDecisions = {};
	for (const key of Object.keys(v)) if (key !== 'region' && key !== 'year' && key !== 'includeHidden') return null;
	if (v.region !== undefined) {
		if (!shortText(v.region, MAX_REGION) || v.region.trim() === '') return null;
		out.region = v.region;
	}
	if (v.year !== undefined) {
		if (typeof v.year !== 'number' || !Number.isInteger(v.year) || v.year < YEAR_RANGE.min || v.year > YEAR_RANGE.max) return null;
		out.year = v.year;
	}
	if (v.includeHidden !== undefined) {
		if (typeof v.includeHidden !== 'boolean') return null;
		if (v.includeHidden) out.includeHidden = true;
	}
	return out;
}

/** What a workspace file's `decisions` hold (version 1). */
export interface WorkspaceDecisions {
	files: Record<string, FileDecisions>;
	profile: MappingProfile | null;
	merges: MergeDecisions;
	/** fileIds of the demo set's files. */
	demo: string[];
	/** The roster (应报单位) with its deadlines and answers; empty when the file has none. */
	roster: Roster;
	/** The 总结报告 draft's edits, as stored (the report part validates them: report/draft/edits.ts readDraftEdits). */
	draft?: unknown;
}
