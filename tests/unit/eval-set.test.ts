import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/lib/schema/index';

// The evaluation set's shape only (tests/eval/README.md): never its matcher results.
type Item = {
	id: string;
	shape: string;
	label: string;
	context?: string;
	prev?: string;
	metric: string | null;
	family: string;
	slot?: string;
	cell?: string;
	value?: number;
};
const load = (split: string): Item[] =>
	JSON.parse(readFileSync(new URL(`../eval/${split}.json`, import.meta.url), 'utf8'));

/** A set written later: only the schema's metric ids, no id shared with the earlier files, every shape with and without a metric. */
function expectSchemaIdsAndShapes(set: Item[], earlier: Item[], minItems: number): void {
	const ids = new Set(METRICS.map((m) => m.id));
	expect(set.filter((i) => i.metric !== null && !ids.has(i.metric)).map((i) => i.id)).toEqual([]);
	const everyId = [...earlier, ...set].map((i) => i.id);
	expect(new Set(everyId).size).toBe(everyId.length);
	expect(set.length).toBeGreaterThanOrEqual(minItems);
	for (const shape of ['wide', 'long', 'form']) {
		expect(set.some((i) => i.shape === shape && i.metric !== null)).toBe(true);
		expect(set.some((i) => i.shape === shape && i.metric === null)).toBe(true);
	}
}

/** The shares a set was written to: `null` between the two bounds, each shape above its minimum, some yes/no with no metric. */
function expectShares(set: Item[], nullShare: [number, number], minShare: Record<'wide' | 'long' | 'form', number>): void {
	const share = (pred: (i: Item) => boolean) => set.filter(pred).length / set.length;
	expect(share((i) => i.metric === null)).toBeGreaterThan(nullShare[0]);
	expect(share((i) => i.metric === null)).toBeLessThan(nullShare[1]);
	for (const [shape, min] of Object.entries(minShare)) expect(share((i) => i.shape === shape)).toBeGreaterThan(min);
	expect(set.some((i) => i.slot === 'yesno' && i.metric === null)).toBe(true);
}

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

	describe('the holdout set (written later, blind to the matcher and to the labels above)', () => {
		const holdout = load('holdout');
		// Failures name holdout ids only: the tune and test labels are never printed.
		const key = (i: Item) => `${i.label}\u0000${i.context ?? ''}`;

		it('has its own wording families, none shared with tune or test', () => {
			const earlier = new Set([...tune, ...test].map((i) => i.family));
			expect(holdout.filter((i) => !i.family.startsWith('h_') || earlier.has(i.family)).map((i) => i.id)).toEqual([]);
			expect(holdout.filter((i) => !i.id.startsWith(`${i.family}#`)).map((i) => i.id)).toEqual([]);
		});

		it('repeats no label with its context from tune or test', () => {
			const earlier = new Set([...tune, ...test].map(key));
			expect(holdout.filter((i) => earlier.has(key(i))).map((i) => i.id)).toEqual([]);
			expect(new Set(holdout.map((i) => `${key(i)}\u0000${i.prev ?? ''}`)).size).toBe(holdout.length);
		});

		it('names only metrics of the schema, each id once, every shape with and without a metric', () => {
			const ids = new Set(METRICS.map((m) => m.id));
			expect(holdout.filter((i) => i.metric !== null && !ids.has(i.metric)).map((i) => i.id)).toEqual([]);
			expect(new Set([...tune, ...test, ...holdout].map((i) => i.id)).size).toBe(tune.length + test.length + holdout.length);
			expect(holdout.length).toBeGreaterThanOrEqual(320);
			for (const shape of ['wide', 'long', 'form']) {
				expect(holdout.some((i) => i.shape === shape && i.metric !== null)).toBe(true);
				expect(holdout.some((i) => i.shape === shape && i.metric === null)).toBe(true);
			}
			const noneShare = holdout.filter((i) => i.metric === null).length / holdout.length;
			expect(noneShare).toBeGreaterThan(0.1);
			expect(noneShare).toBeLessThan(0.2);
		});

		it('writes form items the way the forms reader is driven: one （ ） slot in a number clause, a question for yes/no', () => {
			const forms = holdout.filter((i) => i.shape === 'form');
			expect(forms.filter((i) => i.slot !== 'number' && i.slot !== 'yesno').map((i) => i.id)).toEqual([]);
			expect(forms.filter((i) => i.slot === 'number' && i.label.split('（ ）').length !== 2).map((i) => i.id)).toEqual([]);
			expect(forms.filter((i) => i.slot === 'yesno' && i.label.includes('（ ）')).map((i) => i.id)).toEqual([]);
			expect(holdout.filter((i) => i.shape !== 'form' && (i.slot || i.prev)).map((i) => i.id)).toEqual([]);
		});
	});

	describe('the second tuning set (tune2.json, written later, blind to the matcher and to the labels above)', () => {
		const holdout = load('holdout');
		const tune2 = load('tune2');
		// Failures name tune2 ids only: the labels of the other files are never printed.
		const key = (i: Item) => `${i.label}\u0000${i.context ?? ''}`;

		it('has its own wording families (t2_), none shared with another file', () => {
			const earlier = new Set([...tune, ...test, ...holdout].map((i) => i.family));
			expect(tune2.filter((i) => !i.family.startsWith('t2_') || earlier.has(i.family)).map((i) => i.id)).toEqual([]);
			expect(tune2.filter((i) => !i.id.startsWith(`${i.family}#`)).map((i) => i.id)).toEqual([]);
			const shapesOfFamily = new Map<string, Set<string>>();
			for (const i of tune2) shapesOfFamily.set(i.family, (shapesOfFamily.get(i.family) ?? new Set()).add(i.shape));
			expect([...shapesOfFamily].filter(([, s]) => s.size > 1).map(([f]) => f)).toEqual([]);
		});

		it('repeats no label with its context from tune, test or the holdout set, nor within itself', () => {
			const earlier = new Set([...tune, ...test, ...holdout].map(key));
			expect(tune2.filter((i) => earlier.has(key(i))).map((i) => i.id)).toEqual([]);
			expect(new Set(tune2.map((i) => `${key(i)}\u0000${i.prev ?? ''}`)).size).toBe(tune2.length);
		});

		it('names only metrics of the schema, each id once, with the shares of the other sets', () => {
			expectSchemaIdsAndShapes(tune2, [...tune, ...test, ...holdout], 450);
			expectShares(tune2, [0.1, 0.2], { wide: 0.45, long: 0.1, form: 0.25 });
		});

		it('writes form items the way the forms reader is driven: one （ ） slot in a number clause, a question for yes/no', () => {
			const forms = tune2.filter((i) => i.shape === 'form');
			expect(forms.filter((i) => i.slot !== 'number' && i.slot !== 'yesno').map((i) => i.id)).toEqual([]);
			expect(forms.filter((i) => i.slot === 'number' && i.label.split('（ ）').length !== 2).map((i) => i.id)).toEqual([]);
			expect(forms.filter((i) => i.slot === 'yesno' && (i.label.includes('（ ）') || i.prev)).map((i) => i.id)).toEqual([]);
			expect(tune2.filter((i) => i.shape !== 'form' && (i.slot || i.prev)).map((i) => i.id)).toEqual([]);
		});
	});

	describe('the third tuning set (tune3.json, written later, blind to the matcher and to the labels above)', () => {
		const holdout = load('holdout');
		const tune2 = load('tune2');
		const tune3 = load('tune3');
		// Failures name tune3 ids only: the labels of the other files are never printed.
		const key = (i: Item) => `${i.label}\u0000${i.context ?? ''}`;

		it('has its own wording families (t3_w_, t3_l_, t3_f_), none shared with another file', () => {
			const earlier = new Set([...tune, ...test, ...holdout, ...tune2].map((i) => i.family));
			const prefix: Record<string, string> = { wide: 't3_w_', long: 't3_l_', form: 't3_f_' };
			expect(tune3.filter((i) => !i.family.startsWith(prefix[i.shape] ?? '?') || earlier.has(i.family)).map((i) => i.id)).toEqual([]);
			expect(tune3.filter((i) => !new RegExp(`^${i.family}#[1-9][0-9]*$`).test(i.id)).map((i) => i.id)).toEqual([]);
		});

		it('repeats no label with its context from tune, test, the holdout set or tune2, nor within itself', () => {
			const earlier = new Set([...tune, ...test, ...holdout, ...tune2].map(key));
			expect(tune3.filter((i) => earlier.has(key(i))).map((i) => i.id)).toEqual([]);
			expect(new Set(tune3.map((i) => `${key(i)}\u0000${i.prev ?? ''}`)).size).toBe(tune3.length);
		});

		it('names only metrics of the schema, each id once, with the shares asked for (about 40 % forms, 15 % null)', () => {
			expectSchemaIdsAndShapes(tune3, [...tune, ...test, ...holdout, ...tune2], 450);
			expectShares(tune3, [0.12, 0.2], { wide: 0.35, long: 0.15, form: 0.35 });
		});

		it('writes each form item as the matcher sees it (one （ ） slot) and as the filler typed its cell', () => {
			const forms = tune3.filter((i) => i.shape === 'form');
			expect(forms.filter((i) => i.slot !== 'number' && i.slot !== 'yesno').map((i) => i.id)).toEqual([]);
			expect(forms.filter((i) => i.slot === 'number' && i.label.split('（ ）').length !== 2).map((i) => i.id)).toEqual([]);
			expect(forms.filter((i) => i.slot === 'yesno' && (i.label.includes('（ ）') || i.prev || i.value !== undefined)).map((i) => i.id)).toEqual([]);
			expect(tune3.filter((i) => i.shape !== 'form' && (i.slot || i.prev || i.cell !== undefined || i.value !== undefined)).map((i) => i.id)).toEqual([]);
			// Every form item carries its typed cell; a number slot's value is in it (as digits or otherwise), a question ends it.
			expect(forms.filter((i) => typeof i.cell !== 'string' || i.cell.length === 0).map((i) => i.id)).toEqual([]);
			expect(forms.filter((i) => i.slot === 'number' && typeof i.value !== 'number').map((i) => i.id)).toEqual([]);
			const tail = (q: string) => q.slice(-6);
			expect(forms.filter((i) => i.slot === 'yesno' && !i.cell!.includes(tail(i.label))).map((i) => i.id)).toEqual([]);
			expect(forms.filter((i) => i.slot === 'yesno' && i.cell!.lastIndexOf('是否') > i.cell!.lastIndexOf(tail(i.label))).map((i) => i.id)).toEqual([]);
		});
	});
});
