/** Arrow columns (db/arrow.ts, written by db/ipc-writer.ts) read back exactly with apache-arrow: strings with nulls, booleans, the facts table's texts, through IPC. */
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { boolColumn, columnTable, dictColumn, factsTable, toIPC } from '../../src/lib/db/arrow';
import { processFile } from '../../src/lib/pipeline';
import { makeBigWideWorkbook } from '../fixtures/wide';

describe('arrow columns', () => {
	it('round-trip strings (CJK, empty, null, repeated) and booleans through IPC', () => {
		const strings = ['柔远镇', '', null, '柔远镇', 'O’Brien', '𠮷野家', null];
		const bools = [true, false, false, true, true, false, true, false, true];
		const back = tableFromIPC(toIPC(columnTable({ s: dictColumn(strings) })));
		expect(back.getChild('s')!.toArray().map((v: unknown) => v ?? null)).toEqual(strings);
		const b = tableFromIPC(toIPC(columnTable({ b: boolColumn(bools) })));
		expect([...b.getChild('b')!.toArray()].map(Boolean)).toEqual(bools);
	});
});

describe('the facts table', () => {
	it('keeps every text exactly: ASCII, CJK, astral characters, empty, null, and more than its first buffer holds', () => {
		const base = processFile({ name: '2023年汇总.xlsx', bytes: makeBigWideWorkbook(20, 5, 2023) }).facts;
		const texts = ['B12', '一千二百', '𠮷野家 12 场', '', null, 'x'.repeat(70_000), '≈3', 'a“b”c'];
		const raws = ['12', '１２', '', '𠮷'.repeat(30_000), '3.5', ' 7 ', 'abc', '十'];
		const facts = base.slice(0, 64).map((f, i) => ({ ...f, text: texts[i % texts.length], raw: raws[i % raws.length] }));
		const t = tableFromIPC(toIPC(factsTable(facts)));
		expect(t.getChild('text')!.toArray().map((v: unknown) => v ?? null)).toEqual(facts.map((f) => f.text));
		expect(t.getChild('raw')!.toArray()).toEqual(facts.map((f) => f.raw));
		expect(t.getChild('cell')!.toArray()).toEqual(facts.map((f) => f.cell));
	});
});
