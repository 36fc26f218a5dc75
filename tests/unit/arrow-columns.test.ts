/** Arrow columns built with makeData (no eval) read back exactly: strings with nulls, booleans, through IPC. */
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { boolColumn, dictColumn, toIPC } from '../../src/lib/db/arrow';
import { Table } from 'apache-arrow';

describe('arrow columns', () => {
	it('round-trip strings (CJK, empty, null, repeated) and booleans through IPC', () => {
		const strings = ['柔远镇', '', null, '柔远镇', 'O’Brien', '𠮷野家', null];
		const bools = [true, false, false, true, true, false, true, false, true];
		const back = tableFromIPC(toIPC(new Table({ s: dictColumn(strings) })));
		expect(back.getChild('s')!.toArray().map((v: unknown) => v ?? null)).toEqual(strings);
		const b = tableFromIPC(toIPC(new Table({ b: boolColumn(bools) })));
		expect([...b.getChild('b')!.toArray()].map(Boolean)).toEqual(bools);
	});
});
