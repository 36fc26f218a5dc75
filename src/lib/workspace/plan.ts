/**
 * Pure decisions about the workspace: what to restore on page load, and the
 * user's per-file inputs checked into FileDecisions (with a zh + en reason
 * when they are not acceptable).
 */
import type { FileDecisions } from '../pipeline';
import type { StoredFile, WorkspaceMeta } from './store';
import type { MappingProfile } from '../mapping/profile';
import { validateProfile } from '../mapping/validate';
import { isObject } from '../base/problem';
import { emptyMergeDecisions, MAX_REGION, shortText, validateMergeDecisions, type MergeDecisions } from './merges';

export { emptyMergeDecisions, mergeKey, validateMergeDecisions, type MergeDecisions } from './merges';
import { emptyRoster, type Roster } from '../roster/types';
import { validRoster } from '../roster/edit';

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

export type WorkspaceDecisionsResult = { ok: true; decisions: WorkspaceDecisions } | { ok: false; zh: string; en: string };

const bad = (zh: string, en: string): WorkspaceDecisionsResult => ({ ok: false, zh: `无法打开工作区文件：${zh}`, en: `Cannot open the workspace file: ${en}` });

/** The `decisions` of a decoded workspace file, validated (decodeWorkspace leaves them unchecked). */
export function readWorkspaceDecisions(raw: unknown, fileIds: ReadonlySet<string>): WorkspaceDecisionsResult {
	if (raw === null) return { ok: true, decisions: { files: {}, profile: null, merges: emptyMergeDecisions(), demo: [], roster: emptyRoster() } };
	if (!isObject(raw)) return bad('决定部分不是 JSON 对象。', 'its decisions are not a JSON object.');
	const files: Record<string, FileDecisions> = {};
	if (raw.files !== undefined) {
		if (!isObject(raw.files)) return bad('文件决定不是对象。', 'its file decisions are not an object.');
		for (const [id, d] of Object.entries(raw.files)) {
			if (!fileIds.has(id)) return bad(`文件决定指向不在文件中的标识“${id.slice(0, 40)}”。`, `a file decision names an id that is not in the file ("${id.slice(0, 40)}").`);
			const checked = validateFileDecisions(d);
			if (!checked) return bad('某个文件的地区/年度决定无效。', "a file's region/year decision is not valid.");
			files[id] = checked;
		}
	}
	let profile: MappingProfile | null = null;
	if (raw.profile !== undefined && raw.profile !== null) {
		const p = validateProfile(raw.profile);
		if (!p.ok) return bad(`映射方案无效：${p.error.zh}`, `its mapping profile is not valid: ${p.error.en}`);
		profile = p.profile;
	}
	let merges = emptyMergeDecisions();
	if (raw.merges !== undefined) {
		const m = validateMergeDecisions(raw.merges);
		if (!m) return bad('单位合并决定无效。', 'its unit-merge decisions are not valid.');
		merges = m;
	}
	const demo = Array.isArray(raw.demo) ? raw.demo.filter((id): id is string => typeof id === 'string' && fileIds.has(id)) : [];
	// A roster's malformed parts are dropped (validRoster), never the whole workspace.
	return { ok: true, decisions: { files, profile, merges, demo, roster: validRoster(raw.roster), ...(raw.draft !== undefined && raw.draft !== null ? { draft: raw.draft } : {}) } };
}
