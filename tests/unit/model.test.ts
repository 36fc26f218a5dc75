/**
 * The model worker's pure half: facts packed into columns come back field for
 * field; a build (filings, mapping, Arrow IPC in slices) gives DuckDB the same
 * table as the facts it stands for; checks are listed up to a cap with exact counts.
 * Inputs are real files the fixtures write (forms, wide tables, a long CSV) and the shared samples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFacts, processFile } from '../../src/lib/pipeline';
import type { Fact, FileResult } from '../../src/lib/facts/fact';
import { packFacts, unpackFacts } from '../../src/lib/model/pack';
import { joinResult, splitResult } from '../../src/lib/model/digest';
import { buildModel, CHECKS_LISTED_PER_CODE, modelChecks } from '../../src/lib/model/build';
import { fileRows } from '../../src/lib/db/arrow';
import { labelInventory } from '../../src/lib/mapping/inventory';
import { emptyProfile, type MappingProfile } from '../../src/lib/mapping/profile';
import { ledgerSummary } from '../../src/lib/facts/ledger-summary';
import { runChecks } from '../../src/lib/checks/index';
import { loadTables, nodeDuckDB } from '../../src/cli/report-pack';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';
import { makeBigWideWorkbook } from '../fixtures/wide';
import { SAMPLES } from '../fixtures/shared';

async function batch(): Promise<FileResult[]> {
	const files: { name: string; bytes: Uint8Array }[] = [];
	for (let i = 0; i < 12; i++) {
		const f = await makeFormWorkbook(randomFormSpec(300 + i));
		files.push({ name: `${i}-${f.fileName}`, bytes: f.bytes });
	}
	files.push({ name: '2022年汇总.xlsx', bytes: makeBigWideWorkbook(60, 12, 2022) });
	files.push({ name: '2023年汇总.xlsx', bytes: makeBigWideWorkbook(60, 12, 2023) });
	for (const name of readdirSync(SAMPLES).filter((n) => /\.(xlsx|xls|csv)$/.test(n))) files.push({ name, bytes: new Uint8Array(readFileSync(join(SAMPLES, name))) });
	files.push({ name: 'broken.xlsx', bytes: new TextEncoder().encode('not a workbook') });
	return files.map((f) => processFile(f));
}

const split = (results: FileResult[]) => results.map(splitResult);

describe('packed facts', () => {
	test('come back field for field, from every shape and the samples', async () => {
		const results = await batch();
		const facts = results.flatMap((r) => r.facts);
		expect(facts.length).toBeGreaterThan(1000);
		const packed = packFacts(facts);
		expect(unpackFacts(packed)).toEqual(facts);
		// Most cells and raw numbers need no string of their own.
		expect(packed.strings.length).toBeLessThan(facts.length / 2);
	});

	test('keep what is unusual: no year, no value, approximate, texts, odd cell names, raw that is not the number', () => {
		const base: Fact = { fileId: 'f', file: 'a.xlsx', sheet: 'S', cell: 'B2', unit: '甲', region: '', year: 2023, filedOn: null, activityId: null, metricId: null, family: null, value: 1, approx: false, text: null, label: 'x', raw: '1', status: 'ok', confidence: 0.5 };
		const odd: Fact[] = [
			base,
			{ ...base, year: null, value: null, text: '有', raw: '有', status: 'unmapped' },
			{ ...base, value: 200, approx: true, raw: '约200' },
			{ ...base, cell: '', raw: '1.0' },
			{ ...base, cell: 'A0' },
			{ ...base, cell: 'XFD1048576', value: -0, raw: '0' },
			{ ...base, cell: 'b3', value: 0.1 + 0.2, raw: String(0.1 + 0.2), filedOn: '2023-06-30', family: 'P', metricId: 'm', activityId: 'a' }
		];
		expect(unpackFacts(packFacts(odd))).toEqual(odd);
	});

	test('a digest keeps everything but the facts and the ledger, which it counts', async () => {
		const [r] = await batch();
		const read = splitResult(r);
		expect(read.digest.ledgerSummary).toEqual(ledgerSummary(r));
		expect(joinResult(splitResult(r))).toEqual({ ...r, ledger: [] });
	});
});

describe('a build', () => {
	const profile: MappingProfile = emptyProfile();

	test('equals the facts it stands for: rows, inventory, and the DuckDB table loaded from its IPC slices', async () => {
		const results = await batch();
		const facts = buildFacts(results, profile);
		const { built } = buildModel(split(results), profile, []);
		expect(built.rows).toEqual(fileRows(results, facts));
		expect(built.inventory).toEqual(labelInventory(facts, profile));

		// Loaded the way the page loads it (db/load.ts): every table, then the derived ones.
		const conn = await nodeDuckDB();
		loadTables(conn, built);
		expect(Number(conn.query('SELECT count(*) AS n FROM facts').toArray()[0].toJSON().n)).toBe(facts.length);
		expect(Number(conn.query('SELECT count(*) AS n FROM files').toArray()[0].toJSON().n)).toBe(results.length);
		const rows = conn.query(`SELECT file_id, sheet, cell, raw, value, status, ord FROM facts`).toArray().map((r) => r.toJSON());
		// ord is a permutation, and the rows are the facts (as a multiset: file, sheet, cell, raw, value, status).
		expect(new Set(rows.map((r) => r.ord)).size).toBe(facts.length);
		const key = (x: { sheet: string; cell: string; raw: string; value: number | null; status: string }, id: string) => `${id}|${x.sheet}|${x.cell}|${x.raw}|${x.value}|${x.status}`;
		expect(rows.map((r) => key(r as never, r.file_id as string)).sort()).toEqual(facts.map((f) => key(f, f.fileId)).sort());
	});

	test('in slices or in one piece, DuckDB gets the same table', async () => {
		const results = await batch();
		const one = buildModel(split(results), profile, []).built.facts;
		const { factsIPC } = await import('../../src/lib/db/arrow');
		const sliced = factsIPC(buildFacts(results, profile), 97);
		expect(sliced.length).toBeGreaterThan(3);
		const conn = await nodeDuckDB();
		one.forEach((b, i) => conn.insertArrowFromIPCStream(b, { name: 'a', create: i === 0 }));
		sliced.forEach((b, i) => conn.insertArrowFromIPCStream(b, { name: 'b', create: i === 0 }));
		const dump = (t: string) => conn.query(`SELECT * FROM ${t} ORDER BY ord`).toArray().map((r) => JSON.stringify(r.toJSON()));
		expect(dump('b')).toEqual(dump('a'));
	});

	test('every file keeps its row, even two unreadable files of the same name (the same id)', () => {
		const broken = () => processFile({ name: 'broken.xlsx', bytes: new TextEncoder().encode('not a workbook') });
		const good = processFile({ name: '2023年汇总.xlsx', bytes: makeBigWideWorkbook(5, 3, 2023) });
		const { built } = buildModel(split([broken(), good, broken()]), profile, []);
		expect(built.rows.map((r) => [r.file, r.status])).toEqual([
			['broken.xlsx', 'error'],
			['2023年汇总.xlsx', 'read'],
			['broken.xlsx', 'error']
		]);
	});
});

describe('checks', () => {
	test('listed at most CHECKS_LISTED_PER_CODE per rule, counted exactly', () => {
		// A big random table raises many checks (outliers, participants below sessions …).
		const results = [2022, 2023].map((y) => processFile({ name: `${y}年汇总.xlsx`, bytes: makeBigWideWorkbook(3000, 40, y) }));
		const facts = buildFacts(results);
		const all = runChecks(facts, results);
		const { checks, counts } = modelChecks(facts, results, { accepted: [], rejected: [] });
		const exact = new Map<string, number>();
		for (const c of all) exact.set(c.code, (exact.get(c.code) ?? 0) + 1);
		expect(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v!.total]))).toEqual(Object.fromEntries(exact));
		expect([...exact.values()].some((n) => n > CHECKS_LISTED_PER_CODE)).toBe(true);
		for (const [code, n] of exact) expect(checks.filter((c) => c.code === code).length).toBe(Math.min(n, CHECKS_LISTED_PER_CODE));
		const warnings = all.filter((c) => c.level === 'warning').length;
		expect(Object.values(counts).reduce((s, v) => s + v!.warnings, 0)).toBe(warnings);
	});
});
