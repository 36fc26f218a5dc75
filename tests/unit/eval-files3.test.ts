import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/lib/schema/index';
import { buildAll } from '../eval/files/make';
import { buildAll2 } from '../eval/files2/make';
import { buildAll3, halfOf3 } from '../eval/files3/make';
import { kindOf3 } from '../eval/files3/model';

// The third whole-file evaluation set's integrity only (tests/eval/README.md, "The third whole-file set"): never the normalizer's scores.
const files = await buildAll3();
const frozen: Record<string, 'tune' | 'holdout'> = JSON.parse(readFileSync(new URL('../eval/files3/split.json', import.meta.url), 'utf8'));
const facts = files.flatMap((f) => f.facts);
const starts = (b: Uint8Array, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);

describe('the third whole-file evaluation set', () => {
	it('holds thirty-odd files of every kind, about half of them forms, with 1,400 facts or more', () => {
		expect(files.length).toBeGreaterThanOrEqual(30);
		expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
		for (const f of files) {
			expect(f.facts.length, f.name).toBeGreaterThan(0);
			expect(f.facts.every((x) => x.file === f.name)).toBe(true);
		}
		expect(facts.length).toBeGreaterThanOrEqual(1400);
		const kinds = new Set(files.map(kindOf3));
		for (const k of ['form-xlsx', 'form-xls', 'form-docx', 'form-doc', 'wide-xlsx', 'wide-xls', 'wide-csv', 'long-csv', 'long-xlsx', 'long-xls']) expect(kinds.has(k), k).toBe(true);
		const forms = files.filter((f) => f.shape === 'form').length;
		expect(forms / files.length).toBeGreaterThan(0.45);
		expect(forms / files.length).toBeLessThan(0.65);
	});

	it('writes each file in the format its name says', () => {
		for (const f of files) {
			const b = f.bytes;
			if (f.format === 'xlsx' || f.format === 'docx') expect(starts(b, 0x50, 0x4b, 0x03, 0x04), f.name).toBe(true);
			else if (f.format === 'xls' || f.format === 'doc') expect(starts(b, 0xd0, 0xcf, 0x11, 0xe0), f.name).toBe(true);
			else if (starts(b, 0xef, 0xbb, 0xbf)) expect(new TextDecoder('utf-8', { fatal: true }).decode(b), f.name).toMatch(/单位|企业|机构/);
			else expect(new TextDecoder('gbk', { fatal: true }).decode(b), f.name).toMatch(/单位|企业|机构/);
			expect(f.name.endsWith(`.${f.format}`), f.name).toBe(true);
		}
		expect(files.filter((f) => f.format === 'csv' && !starts(f.bytes, 0xef, 0xbb, 0xbf)).length).toBeGreaterThan(0);
	});

	it('gives every expected fact a schema metric id (or none, status unmapped), a value, a unit, a region and a year', () => {
		const ids = new Set(METRICS.map((m) => m.id));
		expect(facts.filter((x) => x.metric_id !== '' && !ids.has(x.metric_id)).map((x) => `${x.file} ${x.metric_id}`)).toEqual([]);
		expect(facts.filter((x) => (x.metric_id === '') !== (x.status === 'unmapped')).length).toBe(0);
		expect(facts.filter((x) => x.value === '' || !Number.isFinite(Number(x.value))).length).toBe(0);
		expect(facts.filter((x) => !x.unit || !x.region || !/^20\d\d$/.test(x.year)).length).toBe(0);
		expect(facts.filter((x) => x.status === 'unmapped').length).toBeGreaterThan(50);
		expect(facts.some((x) => x.status === 'superseded')).toBe(true);
	});

	it('files a unit in a year once, except the interim and final filing of one group', () => {
		const groupsOf = new Map<string, Set<string>>();
		for (const f of files) for (const x of f.facts) if (x.metric_id) groupsOf.set(`${x.unit}|${x.year}`, (groupsOf.get(`${x.unit}|${x.year}`) ?? new Set()).add(f.group));
		expect([...groupsOf].filter(([, g]) => g.size > 1).map(([k]) => k)).toEqual([]);
		const pair = files.filter((f) => f.facts.some((x) => x.status === 'superseded'));
		expect(pair).toHaveLength(1);
		expect(files.filter((f) => f.group === pair[0].group)).toHaveLength(2);
	});

	it('shares no file with the first and second sets', async () => {
		const earlier = new Set([...(await buildAll()), ...(await buildAll2())].map((f) => f.name));
		expect(files.filter((f) => earlier.has(f.name)).map((f) => f.name)).toEqual([]);
	});

	it('keeps the split frozen: every file on the side split.json gives it, no file on both, groups together', () => {
		expect(Object.fromEntries(files.map((f) => [f.name, halfOf3(f)]))).toEqual(frozen);
		const tune = files.filter((f) => halfOf3(f) === 'tune').map((f) => f.name);
		const holdout = files.filter((f) => halfOf3(f) === 'holdout').map((f) => f.name);
		expect(tune.filter((n) => holdout.includes(n))).toEqual([]);
		expect(tune.length + holdout.length).toBe(files.length);
		expect(tune.length / files.length).toBeGreaterThan(0.3);
		expect(tune.length / files.length).toBeLessThan(0.5);
		for (const shape of ['form', 'wide', 'long'])
			for (const half of ['tune', 'holdout']) expect(files.some((f) => f.shape === shape && halfOf3(f) === half), `${shape} in ${half}`).toBe(true);
		const sides = new Map<string, Set<string>>();
		for (const f of files) sides.set(f.group, (sides.get(f.group) ?? new Set()).add(halfOf3(f)));
		for (const [g, s] of sides) expect(s.size, g).toBe(1);
	});
});
