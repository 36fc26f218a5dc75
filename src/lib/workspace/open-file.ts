/**
 * A workspace file's decisions (files' region and year, the mapping profile, unit merges, the demo set, the
 * roster, the report draft) read and checked when the file is opened: loaded with the first workspace file.
 */
import type { FileDecisions } from '../pipeline';
import type { MappingProfile } from '../mapping/profile';
import { validateProfile } from '../mapping/validate';
import { isObject } from '../base/problem';
import { emptyMergeDecisions, validateMergeDecisions } from './merges';
import { emptyRoster } from '../roster/types';
import { validRoster } from '../roster/edit';
import { validateFileDecisions, type WorkspaceDecisions } from './plan';

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
