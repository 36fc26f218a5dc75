/**
 * The CLI's lent inflater remembers the parts it inflated (src/cli/remembering-inflate.ts): what the
 * reader gives or refuses must be what fflate alone gives, a repeated part must be inflated once, and
 * two parts that differ only where the key does not look must never be taken for each other.
 */
import { describe, expect, it } from 'vitest';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { inflateRaw, lendInflater } from '../../src/lib/read/inflate';
import { entryData, readZipDirectory } from '../../src/lib/read/zip';
import { rememberingInflater } from '../../src/cli/remembering-inflate';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';

const zlib = (src: Uint8Array, maxOut: number) => inflateRawSync(src, { maxOutputLength: Math.max(1, maxOut) });

/** What inflateRaw gives or throws with `lent` lent: the bytes, or the error's class and message. */
function outcome(z: Uint8Array, size: number, lent: Parameters<typeof lendInflater>[0]) {
	lendInflater(lent);
	try {
		return { bytes: Buffer.from(inflateRaw(z, size)).toString('base64') };
	} catch (e) {
		return { error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
	} finally {
		lendInflater(null);
	}
}

/** The deflated parts of generated forms (several from one template repeat parts byte for byte), with their declared sizes. */
async function formParts(): Promise<[Uint8Array, number][]> {
	const parts: [Uint8Array, number][] = [];
	for (let i = 0; i < 8; i++) {
		const bytes = (await makeFormWorkbook(randomFormSpec(1000 + i, { format: 'xlsx' }))).bytes;
		const dir = readZipDirectory(bytes);
		if (!dir.ok) throw new Error('no zip directory');
		for (const e of dir.entries) if (e.method === 8) parts.push([entryData(bytes, e)!, e.uncompressedSize]);
	}
	return parts;
}

describe('the remembering inflater (CLI)', () => {
	it('gives the very bytes or error fflate alone gives, over real form parts and broken streams met twice, and inflates each repeated part once', async () => {
		let seed = 21;
		const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
		const parts = await formParts();
		const cases = [...parts];
		for (let i = 0; i < 40; i++) {
			const n = Math.floor(rnd() * 5_000);
			const raw = new Uint8Array(n).map(() => 97 + rnd() * 4);
			const z = new Uint8Array(deflateRawSync(raw));
			const g = z.slice();
			if (g.length > 0) g[Math.floor(rnd() * g.length)] ^= 0x5a;
			cases.push([z, n], [z, Math.max(0, n - 1)], [z.subarray(0, z.length >> 1), n], [g, n]);
		}
		let calls = 0;
		const remembering = rememberingInflater((src, maxOut) => {
			calls++;
			return zlib(src, maxOut);
		});
		const distinct = new Set(cases.map(([z, size]) => `${size}:${Buffer.from(z).toString('base64')}`));
		for (const round of [1, 2])
			for (const [z, size] of cases) expect(outcome(z, size, remembering), `round ${round}`).toEqual(outcome(z, size, null));
		// Each distinct part was inflated at most once (the broken ones fail every time, and are asked again).
		const broken = cases.filter(([z, size]) => 'error' in outcome(z, size, zlib)).length;
		expect(calls).toBeLessThanOrEqual(distinct.size + 2 * broken);
		// The forms repeat parts: met twice, a fresh inflater inflates fewer than were met once.
		calls = 0;
		const fresh = rememberingInflater((src, maxOut) => {
			calls++;
			return zlib(src, maxOut);
		});
		for (const round of [1, 2]) for (const [z, size] of parts) outcome(z, size, fresh);
		expect(calls).toBeLessThan(parts.length / 2);
	});

	it('never takes one part for another of the same size, bound and first, middle and last bytes', () => {
		const a = new Uint8Array(deflateRawSync(Buffer.from('<a>安全生产月 1</a>'.repeat(9), 'utf8'), { level: 0 }));
		const b = a.slice();
		// A byte of the stored text, away from the first, middle and last: still a valid stream, another text.
		const at = a.length >> 2;
		b[at] = b[at] === 0x31 ? 0x32 : 0x31;
		const remembering = rememberingInflater(zlib);
		const size = zlib(a, 1e6).length;
		expect(outcome(a, size, remembering)).toEqual(outcome(a, size, null));
		expect(outcome(b, size, remembering)).toEqual(outcome(b, size, null));
		expect(outcome(b, size, remembering)).not.toEqual(outcome(a, size, null));
	});
});
