import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { METRICS } from '../../src/lib/schema/index';
import { buildAll, halfOfFile, makeSet } from '../eval/files/make';
import { kindOf } from '../eval/files/model';

// The whole-file evaluation set's integrity only (tests/eval/README.md, "Whole files"): never the normalizer's scores.
const files = await buildAll();
const frozen: Record<string, 'tune' | 'holdout'> = JSON.parse(readFileSync(new URL('../eval/files/split.json', import.meta.url), 'utf8'));

describe('the whole-file evaluation set', () => {
	it('holds about forty files, each written with expected facts that name it', () => {
		expect(files.length).toBeGreaterThanOrEqual(36);
		expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
		for (const f of files) {
			expect(f.bytes.length, f.name).toBeGreaterThan(200);
			expect(f.facts.length, f.name).toBeGreaterThan(0);
			expect(f.facts.every((x) => x.file === f.name)).toBe(true);
		}
	});

	it("gives every expected fact a schema metric id (or none, status unmapped) and a value or a text", () => {
		const ids = new Set(METRICS.map((m) => m.id));
		const facts = files.flatMap((f) => f.facts);
		expect(facts.filter((x) => x.metric_id !== '' && !ids.has(x.metric_id)).map((x) => `${x.file} ${x.metric_id}`)).toEqual([]);
		expect(facts.filter((x) => (x.metric_id === '') !== (x.status === 'unmapped')).length).toBe(0);
		expect(facts.filter((x) => x.value === '' && x.text === '').length).toBe(0);
		expect(facts.some((x) => x.status === 'superseded')).toBe(true);
	});

	it('keeps the split frozen: every file on the side split.json gives it, files of one group together', () => {
		expect(Object.fromEntries(files.map((f) => [f.name, halfOfFile(f)]))).toEqual(frozen);
		for (const f of files) expect(halfOfFile(f)).toBe(halfOfFile({ group: f.group }));
	});

	it('puts every kind (shape and format) on both halves, about half the files each', () => {
		const kinds = new Set(files.map(kindOf));
		for (const k of kinds)
			for (const half of ['tune', 'holdout']) expect(files.some((f) => kindOf(f) === k && halfOfFile(f) === half), `${k} in ${half}`).toBe(true);
		const tune = files.filter((f) => halfOfFile(f) === 'tune').length;
		expect(Math.abs(tune - files.length / 2)).toBeLessThanOrEqual(files.length / 5);
		for (const k of ['wide-xlsx', 'wide-xls', 'long-csv', 'long-xlsx', 'long-xls', 'form-xlsx', 'form-xls', 'form-docx']) expect(kinds.has(k), k).toBe(true);
	});
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
describe.skipIf(!soffice)('written to disk', () => {
	const dir = mkdtempSync(join(tmpdir(), 'eval-files-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	it('writes every file (the .xls by LibreOffice) into its half, expected facts beside the folders', async () => {
		const manifest = await makeSet(dir);
		for (const half of ['tune', 'holdout'] as const) {
			const names = readdirSync(join(dir, half)).sort();
			expect(names).toEqual(manifest.filter((m) => m.half === half).map((m) => m.name).sort());
			expect(existsSync(join(dir, `${half}.expected.csv`))).toBe(true);
		}
		const xls = manifest.filter((m) => m.name.endsWith('.xls'));
		for (const m of xls) expect(readFileSync(join(dir, m.half, m.name)).subarray(0, 4).toString('hex')).toBe('d0cf11e0');
	}, 180_000);
});
