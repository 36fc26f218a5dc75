/**
 * `npx tsx tests/eval/files2/make.ts [OUT_DIR]`: writes the second whole-file evaluation set (tests/eval/README.md,
 * "The second whole-file set") the way the first set's make.ts does (its writer `writeSet`: a folder per half,
 * <half>.expected.csv beside them, .xls converted by LibreOffice), from this folder's forms and summary tables.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeSet, type SetEntry } from '../files/make';
import { fnv1a, type GeneratedFile } from '../files/model';
import { buildTransposed, buildWide } from '../files/wide-build';
import { buildForm2 } from './form-write';
import { FORMS2 } from './forms';
import { TRANSPOSED2, WIDE2, WIDE_CSV } from './wide';
import { buildWideCsv } from './wide-csv';

/**
 * The split, fixed before the first measurement: the top bit of FNV-1a over a salted group name (a file's name, or
 * the group of files a normalizer must see together). The salt's number is the first that put every kind on both
 * halves, chosen on the file names alone.
 */
export const SPLIT_SALT2 = 'b20-files2-20261207-1';
export const halfOf2 = (f: { group: string }): 'tune' | 'holdout' => (fnv1a(`${SPLIT_SALT2}:${f.group}`) >>> 31 ? 'holdout' : 'tune');

type Built = GeneratedFile & { group: string };
const ext = (n: string) => n.slice(n.lastIndexOf('.') + 1) as GeneratedFile['format'];

export async function buildAll2(): Promise<Built[]> {
	const out: Built[] = [];
	for (const s of WIDE2) out.push({ name: s.name, shape: 'wide', format: ext(s.name), about: s.about, group: s.name, ...(await buildWide(s)) });
	for (const s of TRANSPOSED2) out.push({ name: s.name, shape: 'wide', format: ext(s.name), about: s.about, group: s.name, ...(await buildTransposed(s)) });
	for (const s of WIDE_CSV) out.push({ name: s.name, shape: 'wide', format: 'csv', about: s.about, group: s.name, ...buildWideCsv(s) });
	for (const s of FORMS2) out.push({ name: s.name, shape: 'form', format: s.format, about: s.about, group: s.group ?? s.name, ...(await buildForm2(s)) });
	return out;
}

export const DEFAULT_DIR2 = join(tmpdir(), 'anquanyue-eval-files2');

export async function makeSet2(dir: string): Promise<SetEntry[]> {
	return writeSet(dir, await buildAll2(), halfOf2);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? DEFAULT_DIR2;
	const manifest = await makeSet2(dir);
	const count = (half: string) => manifest.filter((m) => m.half === half).length;
	console.log(`${manifest.length} files (${count('tune')} tune, ${count('holdout')} holdout), ${manifest.reduce((a, m) => a + m.facts, 0)} expected facts → ${dir}`);
}
