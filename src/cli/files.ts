import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const SPREADSHEET = /\.(xlsx|xls|csv)$/i;

/**
 * PATH arguments → files with the name the output shows: a file given
 * directly by its base name, a file found in a folder by its path relative
 * to that folder. Folders are read recursively, in a stable order.
 */
export function collectFiles(paths: string[]): { path: string; name: string }[] {
	const out: { path: string; name: string }[] = [];
	for (const p of paths) {
		const st = statSync(p);
		if (st.isDirectory()) {
			const walk = (dir: string) => {
				for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
					const full = join(dir, entry.name);
					if (entry.isDirectory()) walk(full);
					else if (SPREADSHEET.test(entry.name) && !entry.name.startsWith('~$')) out.push({ path: full, name: relative(p, full).split('\\').join('/') });
				}
			};
			walk(p);
		} else out.push({ path: p, name: basename(p) });
	}
	return out;
}
