import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hasWord } from '../../src/lib/i18n/dict';
// The ledger view's words (FileLedger.svelte loads them with itself).
import '../../src/lib/i18n/on-demand';
import { processFile } from '../../src/lib/pipeline';
import { ALL_VARIANTS } from '../fixtures/variants';
import { SAMPLES } from '../fixtures/shared';

/** Every reason a reader gives for an ignored or kept cell has a name in both languages for the ledger view. */
describe('ledger reasons are named', () => {
	it('for every reason the readers give on the demo data, the samples and the layout variants', async () => {
		const inputs: { name: string; bytes: Uint8Array }[] = [];
		const demo = 'static/demo';
		for (const name of JSON.parse(readFileSync(join(demo, 'manifest.json'), 'utf8')) as string[]) inputs.push({ name, bytes: new Uint8Array(readFileSync(join(demo, name))) });
		const samples = SAMPLES;
		try {
			for (const name of readdirSync(samples).filter((f) => /\.(xlsx|xls|csv)$/.test(f) && f !== 'expected.csv')) inputs.push({ name, bytes: new Uint8Array(readFileSync(join(samples, name))) });
		} catch {
			// the shared samples are optional here
		}
		for (const v of ALL_VARIANTS) inputs.push({ name: v.file, bytes: await v.bytes() });
		const reasons = new Set(inputs.flatMap((f) => processFile(f).ledger.map((e) => e.reason).filter((r): r is string => !!r)));
		expect(reasons.size).toBeGreaterThan(10);
		const unnamed = [...reasons].filter((r) => !hasWord(`reason_${r}`));
		expect(unnamed).toEqual([]);
	});
});
