/**
 * The fourth whole-file set (tests/eval/README.md, "The fourth whole-file set"): builds every file with its expected
 * facts, splits them by a fixed salted hash (model.ts `halfOf4`), and writes a half's folder each with
 * `<half>.expected.csv` beside them. `npm run eval:files -- --set 4` runs the CLI over them (scripts/eval-files.ts).
 *
 * `tsx tests/eval/files4/make.ts --split` prints the split; `--salt` finds the first salt that puts every kind on both
 * halves (on the names alone: it never runs the product).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SetEntry } from '../files/make';
import { buildForms } from './forms';
import { buildLong } from './long';
import { factsCsv, halfOf4, KINDS4, kindOf4, type GeneratedFile } from './model';
import { buildWide } from './wide';
import { docsOf } from './write';

export const DEFAULT_DIR4 = join(tmpdir(), 'anquanyue-eval-files4');

/** Every file of the set, in memory; the .doc ones converted from their .docx by LibreOffice. */
export async function buildAll4(): Promise<GeneratedFile[]> {
	const forms = await buildForms();
	const docs = docsOf(forms.filter((f) => f.docx).map((f) => ({ name: f.file.name, bytes: f.docx! })));
	for (const f of forms) if (f.docx) f.file.bytes = docs.get(f.file.name)!;
	return [...forms.map((f) => f.file), ...(await buildWide()), ...(await buildLong())];
}

export async function makeSet4(dir: string): Promise<SetEntry[]> {
	const files = await buildAll4();
	rmSync(dir, { recursive: true, force: true });
	const manifest: SetEntry[] = [];
	for (const half of ['tune', 'holdout'] as const) {
		const mine = files.filter((f) => halfOf4(f) === half);
		mkdirSync(join(dir, half), { recursive: true });
		for (const f of mine) {
			writeFileSync(join(dir, half, f.name), f.bytes);
			manifest.push({ name: f.name, kind: kindOf4(f), half, about: f.about, facts: f.facts.length });
		}
		writeFileSync(join(dir, `${half}.expected.csv`), factsCsv(mine.flatMap((f) => f.facts)));
	}
	return manifest;
}

/** Whether a salt puts every kind on both halves and between a third and a half of the groups in tune. */
export function saltFits(files: { group: string; shape: string; format: string }[], salt: number): boolean {
	const groups = [...new Map(files.map((f) => [f.group, f])).values()];
	const tune = groups.filter((g) => halfOf4(g, salt) === 'tune').length;
	if (tune / groups.length < 0.33 || tune / groups.length > 0.5) return false;
	return KINDS4.every((k) => {
		const mine = files.filter((f) => kindOf4(f) === k);
		return mine.some((f) => halfOf4(f, salt) === 'tune') && mine.some((f) => halfOf4(f, salt) === 'holdout');
	});
}

if (process.argv[1]?.endsWith('files4/make.ts')) {
	const files = await buildAll4();
	if (process.argv[2] === '--salt') {
		let salt = 0;
		while (!saltFits(files, salt)) salt++;
		console.log(salt);
	} else if (process.argv[2] === '--split') console.log(JSON.stringify(Object.fromEntries(files.map((f) => [f.name, halfOf4(f)])), null, '\t'));
	else {
		const m = await makeSet4(process.argv[2] ?? DEFAULT_DIR4);
		for (const e of m) console.log(`${e.half.padEnd(8)} ${e.kind.padEnd(10)} ${String(e.facts).padStart(4)}  ${e.name}`);
	}
}
