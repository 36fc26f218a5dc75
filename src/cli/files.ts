import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * What a folder's files are read as: spreadsheets and Word documents (Excel,
 * WPS, OpenDocument, CSV, .docx) are read; other office documents (Word 97
 * .doc, .wps, RTF, PDF, PowerPoint) are passed to the reader too, which says
 * in their error row why they cannot be and what to do. Anything else is
 * counted as skipped.
 */
const READ = /\.(xlsx|xlsm|xls|et|ett|ods|csv|tsv|docx|docm|dotx|doc|dot|wps|wpt|rtf|pdf|pptx?|dps|odt)$/i;

/**
 * PATH arguments → files with the name the output shows: a file given
 * directly by its base name, a file found in a folder by its path relative
 * to that folder. Folders are read recursively, in a stable order; a file
 * in a folder that is not read is added to `skipped` (its shown name), as
 * are Office's lock files (~$…).
 */
export function collectFiles(paths: string[], skipped: string[] = []): { path: string; name: string }[] {
	const out: { path: string; name: string }[] = [];
	for (const p of paths) {
		const st = statSync(p);
		if (st.isDirectory()) {
			// The shown name is built on the way down (what path.relative(p, full) gives, without its cost per file).
			const walk = (dir: string, prefix: string) => {
				for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
					const full = join(dir, entry.name);
					const name = prefix + entry.name.split('\\').join('/');
					if (entry.isDirectory()) walk(full, name + '/');
					else if (READ.test(entry.name) && !entry.name.startsWith('~$')) out.push({ path: full, name });
					else skipped.push(name);
				}
			};
			walk(p, '');
		} else out.push({ path: p, name: basename(p) });
	}
	return out;
}
