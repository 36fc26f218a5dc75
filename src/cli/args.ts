/** What the command-line doors share: usage errors (exit 2), PATH checks and the mapping profile. */
import { existsSync, readFileSync } from 'node:fs';
import { parseProfile } from '../lib/mapping/validate';
import type { MappingProfile } from '../lib/mapping/profile';
import { decodeWorkspace, isWorkspaceFile } from '../lib/workspace/file-format';
import { validateMergeDecisions, type MergeDecisions } from '../lib/workspace/merges';

export type Usage = (message: string) => never;

/** A usage error prints the reason and the usage text, and exits 2. */
export function usageOf(text: string): Usage {
	return (message) => {
		process.stderr.write(`${message}\n${text}\n`);
		process.exit(2);
	};
}

export function requirePaths(paths: string[], usage: Usage): void {
	if (paths.length === 0) usage('请给出至少一个文件或文件夹 / give at least one file or folder');
	for (const p of paths) if (!existsSync(p)) usage(`找不到 / not found: ${p}`);
}

/** A mapping profile, validated; a bad one is refused as a whole (half of someone's decisions would mislead). */
export function loadProfile(path: string, usage: Usage): MappingProfile {
	if (!existsSync(path)) usage(`找不到映射配置 / mapping profile not found: ${path}`);
	const parsed = parseProfile(readFileSync(path, 'utf8'));
	if (parsed.ok) return parsed.profile;
	process.stderr.write(`${path}\n${parsed.error.zh}\n${parsed.error.en}\n`);
	process.exit(2);
}

/**
 * The unit merges accepted in the page's 检查 tab (and the regions given units there): from a
 * workspace file (.aqy, the page's 导出工作区) or their JSON; refused as a whole when not valid.
 */
export function loadMerges(path: string, usage: Usage): MergeDecisions {
	if (!existsSync(path)) usage(`找不到单位合并决定 / unit-merge decisions not found: ${path}`);
	const bytes = new Uint8Array(readFileSync(path));
	let raw: unknown = null;
	if (isWorkspaceFile(bytes)) {
		const decoded = decodeWorkspace(bytes);
		if (!decoded.ok) usage(`${path}\n${decoded.error.zh}\n${decoded.error.en}`);
		const decisions = decoded.workspace.decisions;
		raw = decisions !== null && typeof decisions === 'object' ? (decisions as { merges?: unknown }).merges : null;
	} else {
		try {
			raw = JSON.parse(new TextDecoder().decode(bytes));
		} catch {
			raw = null;
		}
	}
	const merges = validateMergeDecisions(raw);
	if (!merges) usage(`单位合并决定无效（应为 .aqy 工作区文件或其 merges JSON）/ the unit-merge decisions are not valid (give an .aqy workspace file or its merges JSON): ${path}`);
	return merges;
}
