import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/lib/schema/index';
import { buildAll4, saltFits } from '../eval/files4/make';
import { halfOf4, KINDS4, kindOf4, SALT4 } from '../eval/files4/model';

// The fourth whole-file evaluation set's integrity only (tests/eval/README.md, "The fourth whole-file set"): never the normalizer's scores.
const files = await buildAll4();
const json = (path: string): Record<string, string> => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const frozen = json('../eval/files4/split.json') as Record<string, 'tune' | 'holdout'>;
const facts = files.flatMap((f) => f.facts);
const starts = (b: Uint8Array, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);

describe('the fourth whole-file evaluation set', () => {
	it('holds thirty-odd files of every kind with 1,800 facts or more', () => {
		expect(files.length).toBeGreaterThanOrEqual(30);
		expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
		for (const f of files) {
			expect(f.facts.length, f.name).toBeGreaterThan(0);
			expect(f.facts.every((x) => x.file === f.name)).toBe(true);
		}
		expect(facts.length).toBeGreaterThanOrEqual(1800);
		const kinds = new Set(files.map(kindOf4));
		for (const k of KINDS4) expect(kinds.has(k), k).toBe(true);
		for (const f of ['csv', 'xlsx', 'xls']) expect(files.some((x) => x.shape === 'long' && x.format === f), `long-${f}`).toBe(true);
	});

	it('writes each file in the format its name says (CSV in UTF-8 with BOM or in GBK)', () => {
		for (const f of files) {
			const b = f.bytes;
			expect(f.name.endsWith(`.${f.format}`), f.name).toBe(true);
			if (f.format === 'xlsx' || f.format === 'docx') expect(starts(b, 0x50, 0x4b, 0x03, 0x04), f.name).toBe(true);
			else if (f.format === 'xls' || f.format === 'doc') expect(starts(b, 0xd0, 0xcf, 0x11, 0xe0), f.name).toBe(true);
			else if (starts(b, 0xef, 0xbb, 0xbf)) expect(new TextDecoder('utf-8', { fatal: true }).decode(b), f.name).toMatch(/单位|企业|乡镇/);
			else expect(new TextDecoder('gbk', { fatal: true }).decode(b), f.name).toMatch(/单位|企业|乡镇/);
		}
		expect(files.filter((f) => f.format === 'csv' && !starts(f.bytes, 0xef, 0xbb, 0xbf)).length).toBeGreaterThan(0);
		expect(files.filter((f) => f.format === 'csv' && starts(f.bytes, 0xef, 0xbb, 0xbf)).length).toBeGreaterThan(0);
	});

	it('gives every expected fact a schema metric id (or none, status unmapped), a value, a unit, a year and its source cell or paragraph', () => {
		const ids = new Set(METRICS.map((m) => m.id));
		expect(facts.filter((x) => x.metric_id !== '' && !ids.has(x.metric_id)).map((x) => `${x.file} ${x.metric_id}`)).toEqual([]);
		expect(facts.filter((x) => (x.metric_id === '') !== (x.status === 'unmapped')).length).toBe(0);
		expect(facts.filter((x) => x.value === '' || !Number.isFinite(Number(x.value))).length).toBe(0);
		expect(facts.filter((x) => !x.unit || !/^20\d\d$/.test(x.year)).length).toBe(0);
		// a sheet's or a Word table's cell (A1 style), or a paragraph of a Word document typed without a table (段N)
		expect(facts.filter((x) => !/^[A-Z]{1,2}\d+$/.test(x.cell) && !(x.sheet === '正文' && /^段\d+$/.test(x.cell))).map((x) => `${x.file} ${x.cell}`)).toEqual([]);
		expect(facts.filter((x) => x.status === 'unmapped').length).toBeGreaterThan(100);
		expect(facts.some((x) => x.status === 'superseded')).toBe(true);
	});

	it('never files a 小计/合计 row, a blank or an untouched answer as a fact', () => {
		expect(facts.filter((x) => /小计|合计|总计/.test(x.unit)).length).toBe(0);
		const flags = facts.filter((x) => /^org\.|film_watched|platform_used/.test(x.metric_id));
		expect(flags.length).toBeGreaterThan(20);
		expect(flags.every((x) => x.value === '0' || x.value === '1')).toBe(true);
	});

	it('files a unit in a year once, except the interim and final filing of one group', () => {
		const groupsOf = new Map<string, Set<string>>();
		for (const f of files) for (const x of f.facts) if (x.metric_id) groupsOf.set(`${x.unit}|${x.year}`, (groupsOf.get(`${x.unit}|${x.year}`) ?? new Set()).add(f.group));
		expect([...groupsOf].filter(([, g]) => g.size > 1).map(([k]) => k)).toEqual([]);
		const pair = files.filter((f) => f.facts.some((x) => x.status === 'superseded'));
		expect(pair).toHaveLength(1);
		expect(files.filter((f) => f.group === pair[0].group)).toHaveLength(2);
	});

	it('shares no file with the earlier sets', () => {
		const earlier = new Set(['../eval/files/split.json', '../eval/files2/split.json', '../eval/files3/split.json'].flatMap((p) => Object.keys(json(p))));
		expect(files.filter((f) => earlier.has(f.name)).map((f) => f.name)).toEqual([]);
	});

	it('keeps the split frozen: every file on the side split.json gives it, no file on both, groups together, every kind on both halves', () => {
		expect(Object.fromEntries(files.map((f) => [f.name, halfOf4(f)]))).toEqual(frozen);
		const tune = files.filter((f) => halfOf4(f) === 'tune').map((f) => f.name);
		const holdout = files.filter((f) => halfOf4(f) === 'holdout').map((f) => f.name);
		expect(tune.filter((n) => holdout.includes(n))).toEqual([]);
		expect(tune.length + holdout.length).toBe(files.length);
		expect(saltFits(files, SALT4)).toBe(true);
		// the salt is the first that fits: it was not picked for how the product scores
		for (let s = 0; s < SALT4; s++) expect(saltFits(files, s), `salt ${s}`).toBe(false);
		const sides = new Map<string, Set<string>>();
		for (const f of files) sides.set(f.group, (sides.get(f.group) ?? new Set()).add(halfOf4(f)));
		for (const [g, s] of sides) expect(s.size, g).toBe(1);
	});
});
