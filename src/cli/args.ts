/** What the command-line doors share: usage errors (exit 2), PATH checks and the mapping profile. */
import { existsSync, readFileSync } from 'node:fs';
import { parseProfile } from '../lib/mapping/validate';
import type { MappingProfile } from '../lib/mapping/profile';

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
