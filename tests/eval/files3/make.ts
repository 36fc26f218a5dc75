/**
 * The third whole-file set (tests/eval/README.md, "The third whole-file set"): builds every file with its expected
 * facts, splits them by a fixed hash, and writes a half's folder each with `<half>.expected.csv` beside them.
 * `npm run eval:files -- --set 3` runs the CLI over them (scripts/eval-files.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SetEntry } from '../files/make';
import { buildForms } from './forms';
import { buildLong } from './long';
import { factsCsv, fnv1a, kindOf3, type GeneratedFile } from './model';
import { buildWide } from './wide';
import { docsOf } from './write';

export const DEFAULT_DIR3 = join(tmpdir(), 'anquanyue-eval-files3');

/** Every file of the set, in memory; the .doc ones converted from their .docx by LibreOffice. */
export async function buildAll3(): Promise<GeneratedFile[]> {
	const forms = await buildForms();
	const docs = docsOf(forms.filter((f) => f.docx).map((f) => ({ name: f.file.name, bytes: f.docx! })));
	for (const f of forms) if (f.docx) f.file.bytes = docs.get(f.file.name)!;
	const used = new Set(forms.map((f) => f.file.facts[0]?.unit ?? ''));
	const wide = await buildWide(used);
	const long = await buildLong(used);
	return [...forms.map((f) => f.file), ...wide, ...long];
}

/** The split, fixed before any run of the product on the set: FNV-1a of `files3:<group>`, two in five to tune. */
export const halfOf3 = (f: { group: string }): 'tune' | 'holdout' => (fnv1a(`files3:${f.group}`) % 5 < 2 ? 'tune' : 'holdout');

export async function makeSet3(dir: string): Promise<SetEntry[]> {
	const files = await buildAll3();
	rmSync(dir, { recursive: true, force: true });
	const manifest: SetEntry[] = [];
	for (const half of ['tune', 'holdout'] as const) {
		const mine = files.filter((f) => halfOf3(f) === half);
		mkdirSync(join(dir, half), { recursive: true });
		for (const f of mine) {
			writeFileSync(join(dir, half, f.name), f.bytes);
			manifest.push({ name: f.name, kind: kindOf3(f), half, about: f.about, facts: f.facts.length });
		}
		writeFileSync(join(dir, `${half}.expected.csv`), factsCsv(mine.flatMap((f) => f.facts)));
	}
	return manifest;
}

if (process.argv[1]?.endsWith('files3/make.ts')) {
	const files = await buildAll3();
	const split = Object.fromEntries(files.map((f) => [f.name, halfOf3(f)]));
	if (process.argv[2] === '--split') console.log(JSON.stringify(split, null, '\t'));
	else {
		const dir = process.argv[2] ?? DEFAULT_DIR3;
		const m = await makeSet3(dir);
		for (const e of m) console.log(`${e.half.padEnd(8)} ${e.kind.padEnd(10)} ${String(e.facts).padStart(4)}  ${e.name}`);
	}
}
