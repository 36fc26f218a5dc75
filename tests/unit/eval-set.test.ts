import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/lib/schema/index';

// The evaluation set's shape only (tests/eval/README.md): never its matcher results.
const load = (split: string): { id: string; shape: string; label: string; metric: string | null; family: string; slot?: string }[] =>
	JSON.parse(readFileSync(new URL(`../eval/${split}.json`, import.meta.url), 'utf8'));

describe('evaluation set', () => {
	const tune = load('tune');
	const test = load('test');

	it('is split by wording family, about 40 % tune and 60 % test', () => {
		const tuneFamilies = new Set(tune.map((i) => i.family));
		expect(test.filter((i) => tuneFamilies.has(i.family))).toEqual([]);
		const share = tune.length / (tune.length + test.length);
		expect(share).toBeGreaterThan(0.35);
		expect(share).toBeLessThan(0.45);
		expect(tune.length + test.length).toBeGreaterThanOrEqual(500);
	});

	it('names only metrics of the schema, each item once', () => {
		const ids = new Set(METRICS.map((m) => m.id));
		const all = [...tune, ...test];
		expect(all.filter((i) => i.metric !== null && !ids.has(i.metric)).map((i) => i.id)).toEqual([]);
		expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
		for (const shape of ['wide', 'long', 'form']) {
			expect(tune.some((i) => i.shape === shape)).toBe(true);
			expect(test.some((i) => i.shape === shape && i.metric === null)).toBe(true);
		}
		expect(all.filter((i) => i.shape === 'form').every((i) => i.slot === 'number' || i.slot === 'yesno')).toBe(true);
	});
});
