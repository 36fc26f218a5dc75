/**
 * The reader inflates each .xlsx part once, with its own bounded inflater,
 * and hands SheetJS the parts in a zip of stored entries. The bytes must be
 * zlib's to the last one, and the workbook SheetJS reads from them the very
 * one it reads from the original file.
 */
import { describe, expect, it } from 'vitest';
import { constants as zlibConstants, deflateRawSync, inflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { inflateRaw, InflateError, lendInflater } from '../../src/lib/read/inflate';
import { isPlainZip, readZipDirectory, storedZip } from '../../src/lib/read/zip';
import { readWorkbook } from '../../src/lib/read/index';
import { readWithSheetJS } from '../../src/lib/read/sheetjs';
import { makeBigWideWorkbook } from '../fixtures/wide';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';

describe('inflateRaw', () => {
	it('gives zlib’s bytes for every kind of block, zeros past the end up to the declared size', () => {
		let seed = 7;
		const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
		for (let i = 0; i < 200; i++) {
			const n = Math.floor(rnd() * 40_000);
			const raw = new Uint8Array(n).map((_, j) => (i % 3 === 0 ? rnd() * 256 : i % 3 === 1 ? 97 + rnd() * 4 : '<c r="B2"><v>12</v></c>'.charCodeAt(j % 23)));
			const z = new Uint8Array(deflateRawSync(raw, { level: i % 10 }));
			// Buffer.compare: toEqual walks a typed array element by element, far too slowly here.
			expect(Buffer.compare(inflateRaw(z, n), raw)).toBe(0);
			const padded = inflateRaw(z, n + 5);
			expect(Buffer.compare(padded.subarray(0, n), raw)).toBe(0);
			expect([...padded.subarray(n)]).toEqual([0, 0, 0, 0, 0]);
		}
	});

	it('reads a stored block right after a compressed one (a flushed stream), from the right byte', () => {
		for (let n = 1; n < 400; n += 7) {
			const a = new TextEncoder().encode('安全生产月'.repeat(n));
			const b = new TextEncoder().encode('<v>12</v>'.repeat(n % 50));
			// A sync flush ends the compressed part with an empty stored block, byte-aligned; a final stored block follows.
			const head = new Uint8Array(deflateRawSync(a, { finishFlush: zlibConstants.Z_SYNC_FLUSH }));
			const tail = new Uint8Array([1, b.length & 255, b.length >> 8, ~b.length & 255, (~b.length >> 8) & 255, ...b]);
			const z = new Uint8Array([...head, ...tail]);
			expect(Buffer.compare(inflateRaw(z, a.length + b.length), Buffer.concat([a, b]))).toBe(0);
		}
	});

	it('refuses a stream that inflates past the declared size, and garbage', () => {
		const text = new TextEncoder().encode('安全生产月 '.repeat(20_000));
		const z = new Uint8Array(deflateRawSync(text));
		expect(() => inflateRaw(z, text.length - 1)).toThrow(/past its limit/);
		const g = z.slice(0, 400);
		for (let k = 0; k < 8; k++) g[(37 + k * 101) % g.length] ^= 0x5a;
		expect(() => inflateRaw(g, 1e6)).toThrow(InflateError);
	});
});

describe('inflateRaw with a lent inflater (the CLI lends node:zlib)', () => {
	/** What inflateRaw gives or throws, with `lent` lent, as the same bytes or the same message. */
	const outcome = (z: Uint8Array, size: number, lent: Parameters<typeof lendInflater>[0]) => {
		lendInflater(lent);
		try {
			const out = inflateRaw(z, size);
			return { bytes: Buffer.from(out).toString('base64'), plain: out.constructor === Uint8Array && out.byteOffset === 0 && out.length === size };
		} catch (e) {
			return { error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
		} finally {
			lendInflater(null);
		}
	};
	const zlib = (src: Uint8Array, maxOut: number) => inflateRawSync(src, { maxOutputLength: Math.max(1, maxOut) });

	it('gives the very bytes, or the very error, fflate alone gives: valid streams of every kind, padded, past the size, truncated, garbled', () => {
		let seed = 19;
		const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
		const cases: [Uint8Array, number][] = [];
		for (let i = 0; i < 150; i++) {
			const n = Math.floor(rnd() * 20_000);
			const raw = new Uint8Array(n).map((_, j) => (i % 3 === 0 ? rnd() * 256 : i % 3 === 1 ? 97 + rnd() * 4 : '<c r="B2"><v>12</v></c>'.charCodeAt(j % 23)));
			const z = new Uint8Array(deflateRawSync(raw, { level: i % 10 }));
			cases.push([z, n], [z, n + 7], [z, Math.max(0, n - 1)], [z.subarray(0, Math.floor(z.length / 2)), n]);
			const g = z.slice();
			for (let k = 0; k < 4 && g.length > 0; k++) g[Math.floor(rnd() * g.length)] ^= 1 + Math.floor(rnd() * 255);
			cases.push([g, n]);
		}
		cases.push([new Uint8Array(0), 10], [new Uint8Array(deflateRawSync(new Uint8Array(0))), 0]);
		let lentTaken = 0;
		for (const [z, size] of cases) {
			const alone = outcome(z, size, null);
			const withZlib = outcome(z, size, (src, maxOut) => {
				const out = zlib(src, maxOut);
				lentTaken++;
				return out;
			});
			expect(withZlib).toEqual(alone);
			if ('plain' in withZlib) expect(withZlib.plain).toBe(true);
		}
		// Most of the cases went through zlib, not all to fflate.
		expect(lentTaken).toBeGreaterThan(cases.length / 3);
	});
});

describe('parts inflated once', () => {
	it('a stored zip of the parts reads as a plain zip', () => {
		const zip = storedZip([{ name: new TextEncoder().encode('a.xml'), data: new TextEncoder().encode('<a/>') }]);
		const dir = readZipDirectory(zip);
		expect(dir.ok && isPlainZip(zip, dir)).toBe(true);
		expect(dir.ok && dir.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([['a.xml', 0, 4]]);
	});

	it('SheetJS reads the same workbook from the stored parts as from the original file', async () => {
		const files = [makeBigWideWorkbook(60, 30)];
		for (let i = 0; i < 6; i++) files.push((await makeFormWorkbook(randomFormSpec(500 + i))).bytes);
		for (const bytes of files) {
			if (bytes[0] !== 0x50) continue; // a legacy .xls form: no zip
			const dir = readZipDirectory(bytes);
			expect(dir.ok && isPlainZip(bytes, dir)).toBe(true);
			expect(readWorkbook(bytes, 'x.xlsx')).toEqual(readWithSheetJS(bytes, 'xlsx', 'x.xlsx'));
		}
	});

	it('a zip SheetJS would read differently (a data descriptor) goes to it as it is', () => {
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['单位', '场次'], ['甲', 1]]), 'S');
		const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array', compression: true }) as ArrayBuffer);
		const dir = readZipDirectory(bytes);
		if (!dir.ok) throw new Error('unreadable');
		const flagged = bytes.slice();
		flagged[dir.entries[0].localOffset + 6] |= 0x08;
		expect(isPlainZip(flagged, dir)).toBe(false);
		expect(isPlainZip(bytes, dir)).toBe(true);
	});
});
