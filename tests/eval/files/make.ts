/**
 * `npx tsx tests/eval/files/make.ts [OUT_DIR]`: writes the whole-file evaluation set (tests/eval/README.md,
 * "Whole files") into OUT_DIR (default: a folder under the system's temp dir), one folder per half
 * (`tune/`, `holdout/`) with their files, beside them `tune.expected.csv` and `holdout.expected.csv` (outside the
 * folders: the normalizer would read a CSV inside as a long table) and `manifest.json` over both.
 *
 * The files are written the way other offices lay them out (wide.ts, long.ts, forms.ts), by exceljs and the
 * `docx` package; `.xls` files are converted from .xlsx by LibreOffice (one run, its own profile). The expected
 * facts come from what the generator wrote into each file, never from the normalizer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildForm } from './form-build';
import { FORMS } from './forms';
import { buildLong, LONG } from './long';
import { factsCsv, halfOf, kindOf, type Fact, type GeneratedFile } from './model';
import { TRANSPOSED, WIDE } from './wide';
import { buildTransposed, buildWide } from './wide-build';

export interface SetEntry {
	name: string;
	kind: string;
	half: 'tune' | 'holdout';
	about: string;
	facts: number;
}

/** Every file of the set, in memory (.xls still as the .xlsx LibreOffice converts). */
export async function buildAll(): Promise<(GeneratedFile & { group: string })[]> {
	const out: (GeneratedFile & { group: string })[] = [];
	const ext = (n: string) => n.slice(n.lastIndexOf('.') + 1) as GeneratedFile['format'];
	for (const s of WIDE) out.push({ name: s.name, shape: 'wide', format: ext(s.name), about: s.about, group: s.name, ...(await buildWide(s)) });
	for (const s of TRANSPOSED) out.push({ name: s.name, shape: 'wide', format: ext(s.name), about: s.about, group: s.name, ...(await buildTransposed(s)) });
	for (const s of LONG) {
		const format = ext(s.name);
		out.push({ name: s.name, shape: 'long', format, about: s.about, group: s.name, ...(await buildLong(s, format === 'csv' ? 'csv' : 'xlsx')) });
	}
	for (const s of FORMS) out.push({ name: s.name, shape: 'form', format: s.format, about: s.about, group: s.group ?? s.name, ...(await buildForm(s)) });
	return out;
}

/** The half a file belongs to: by its group (files a normalizer must see together share one), else its name. */
export const halfOfFile = (f: { group: string }) => halfOf(f.group);

/** Writes the set into `dir` (tune/ and holdout/ with their files, <half>.expected.csv beside them) and returns its manifest. */
export async function makeSet(dir: string): Promise<SetEntry[]> {
	return writeSet(dir, await buildAll(), halfOfFile);
}

/** Writes any set's files into `dir` (a half's folder each, <half>.expected.csv beside them) and returns its manifest. */
export function writeSet(dir: string, files: (GeneratedFile & { group: string })[], sideOf: (f: { group: string }) => 'tune' | 'holdout'): SetEntry[] {
	rmSync(dir, { recursive: true, force: true });
	const xlsWork = join(dir, '.xls-source');
	mkdirSync(xlsWork, { recursive: true });
	const facts: Record<'tune' | 'holdout', Fact[]> = { tune: [], holdout: [] };
	const toConvert: { src: string; half: string }[] = [];
	for (const half of ['tune', 'holdout'] as const) mkdirSync(join(dir, half), { recursive: true });
	for (const f of files) {
		const half = sideOf(f);
		facts[half].push(...f.facts);
		if (f.format === 'xls') {
			const src = join(xlsWork, half, f.name.replace(/\.xls$/, '.xlsx'));
			mkdirSync(join(xlsWork, half), { recursive: true });
			writeFileSync(src, f.bytes);
			toConvert.push({ src, half });
		} else writeFileSync(join(dir, half, f.name), f.bytes);
	}
	for (const half of ['tune', 'holdout'] as const) {
		const srcs = toConvert.filter((c) => c.half === half).map((c) => c.src);
		if (srcs.length) convertToXls(srcs, join(dir, half));
	}
	rmSync(xlsWork, { recursive: true, force: true });
	for (const half of ['tune', 'holdout'] as const) writeFileSync(join(dir, `${half}.expected.csv`), factsCsv(facts[half]));
	const manifest = files.map((f) => ({ name: f.name, kind: kindOf(f), half: sideOf(f), about: f.about, facts: f.facts.length }));
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
	return manifest;
}

/** LibreOffice: .xlsx → Excel 97–2003 (BIFF8), one run for all, with its own profile. */
function convertToXls(srcs: string[], outDir: string): void {
	const profile = `/tmp/lo-x17-${process.pid}-${Date.now()}`;
	try {
		execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xls:MS Excel 97', '--outdir', outDir, ...srcs], { stdio: 'pipe', timeout: 180_000 });
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
	for (const s of srcs) {
		const want = join(outDir, basename(s).replace(/\.xlsx$/, '.xls'));
		if (!existsSync(want) || readFileSync(want).length === 0) throw new Error(`LibreOffice did not write ${want}`);
	}
}

export const DEFAULT_DIR = join(tmpdir(), 'anquanyue-eval-files');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? DEFAULT_DIR;
	const manifest = await makeSet(dir);
	const count = (half: string) => manifest.filter((m) => m.half === half).length;
	console.log(`${manifest.length} files (${count('tune')} tune, ${count('holdout')} holdout), ${manifest.reduce((a, m) => a + m.facts, 0)} expected facts → ${dir}`);
}
