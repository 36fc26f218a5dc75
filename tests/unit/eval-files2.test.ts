import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/lib/schema/index';
import { buildAll } from '../eval/files/make';
import { kindOf } from '../eval/files/model';
import { buildAll2, halfOf2 } from '../eval/files2/make';

// The second whole-file evaluation set's integrity only (tests/eval/README.md, "The second whole-file set"): never the normalizer's scores.
const files = await buildAll2();
const frozen: Record<string, 'tune' | 'holdout'> = JSON.parse(readFileSync(new URL('../eval/files2/split.json', import.meta.url), 'utf8'));

describe('the second whole-file evaluation set', () => {
	it('holds thirty-odd files of every kind, each written with expected facts that name it', () => {
		expect(files.length).toBeGreaterThanOrEqual(30);
		expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
		for (const f of files) {
			expect(f.bytes.length, f.name).toBeGreaterThan(200);
			expect(f.facts.length, f.name).toBeGreaterThan(0);
			expect(f.facts.every((x) => x.file === f.name)).toBe(true);
		}
		expect(files.reduce((a, f) => a + f.facts.length, 0)).toBeGreaterThanOrEqual(800);
		const kinds = new Set(files.map(kindOf));
		for (const k of ['wide-xlsx', 'wide-xls', 'wide-csv', 'form-xlsx', 'form-xls', 'form-docx']) expect(kinds.has(k), k).toBe(true);
	});

	it('gives every expected fact a schema metric id (or none, status unmapped), a value, a unit, a region and a year', () => {
		const ids = new Set(METRICS.map((m) => m.id));
		const facts = files.flatMap((f) => f.facts);
		expect(facts.filter((x) => x.metric_id !== '' && !ids.has(x.metric_id)).map((x) => `${x.file} ${x.metric_id}`)).toEqual([]);
		expect(facts.filter((x) => (x.metric_id === '') !== (x.status === 'unmapped')).length).toBe(0);
		expect(facts.filter((x) => x.value === '' && x.text === '').length).toBe(0);
		expect(facts.filter((x) => !x.unit || !x.region).length).toBe(0);
		// No year only where nothing in the file says one (a CSV export without a year in its name).
		expect(facts.filter((x) => !x.year && !(x.file.endsWith('.csv') && !/20\d\d/.test(x.file))).length).toBe(0);
		expect(facts.some((x) => x.status === 'superseded')).toBe(true);
	});

	it('shares no file with the first set', async () => {
		const first = new Set((await buildAll()).map((f) => f.name));
		expect(files.filter((f) => first.has(f.name)).map((f) => f.name)).toEqual([]);
	});

	it('keeps the split frozen: every file on the side split.json gives it, no file on both, groups together', () => {
		expect(Object.fromEntries(files.map((f) => [f.name, halfOf2(f)]))).toEqual(frozen);
		const tune = new Set(files.filter((f) => halfOf2(f) === 'tune').map((f) => f.name));
		const holdout = new Set(files.filter((f) => halfOf2(f) === 'holdout').map((f) => f.name));
		expect([...tune].filter((n) => holdout.has(n))).toEqual([]);
		expect(tune.size + holdout.size).toBe(files.length);
		const groups = new Map<string, Set<string>>();
		for (const f of files) groups.set(f.group, (groups.get(f.group) ?? new Set()).add(halfOf2(f)));
		for (const [g, sides] of groups) expect(sides.size, g).toBe(1);
	});

	it('puts every kind on both halves, about half the files each', () => {
		for (const k of new Set(files.map(kindOf)))
			for (const half of ['tune', 'holdout']) expect(files.some((f) => kindOf(f) === k && halfOf2(f) === half), `${k} in ${half}`).toBe(true);
		const tune = files.filter((f) => halfOf2(f) === 'tune').length;
		expect(Math.abs(tune - files.length / 2)).toBeLessThanOrEqual(files.length / 5);
	});
});
