import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * What a folder's files are read as: spreadsheets and Word documents (Excel,
 * WPS, OpenDocument, CSV, .docx, Word 97 .doc, .wps, RTF) are read; other
 * office documents (Word 95 and older, PDF, PowerPoint) are passed to the
 * reader too, which says in their error row why they cannot be and what to
 * do. Anything else is counted as skipped.
 */
const READ = /\.(xlsx|xlsm|xls|et|ett|ods|csv|tsv|docx|docm|dotx|doc|dot|wps|wpt|rtf|pdf|pptx?|dps|odt)$/i;

/**
 * The order a folder's names are read in: localeCompare's, without starting ICU's collator where
 * it cannot change the answer (starting it costs a short run about a fiftieth of its time: ICU lists
 * every locale it knows). Two names the same up to a place where each has an ASCII digit are in the
 * order of those digits under every locale's collation: the first difference of base letters decides,
 * and no collation joins a digit with what comes before it. Any other pair goes to localeCompare.
 */
export function byName(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	let i = 0;
	while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
	if (i < n) {
		const x = a.charCodeAt(i);
		const y = b.charCodeAt(i);
		if (x >= 0x30 && x <= 0x39 && y >= 0x30 && y <= 0x39) return x - y;
	}
	return a.localeCompare(b);
}

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
				for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name))) {
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
