import { describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../src/lib/schema/metric-names';
import { METRICS } from '../../src/lib/schema/metrics';
import { ACTIVITIES } from '../../src/lib/schema/activities';

/** The page names metrics from metric-names.ts; the matcher reads metrics.ts (the names with the wording). */
describe('metric names and wording', () => {
	it('list the same metrics in the same order, each with its names', () => {
		expect(METRICS.map((m) => m.id)).toEqual(METRIC_NAMES.map((n) => n.id));
		for (const [i, m] of METRICS.entries()) {
			const { synonyms, ...name } = m;
			expect(name).toEqual(METRIC_NAMES[i]);
			expect(synonyms.length, m.id).toBeGreaterThan(0);
		}
	});

	it('name each metric once, under a known activity, in both languages', () => {
		expect(new Set(METRIC_NAMES.map((n) => n.id)).size).toBe(METRIC_NAMES.length);
		const activities = new Set(ACTIVITIES.map((a) => a.id));
		for (const n of METRIC_NAMES) {
			expect(activities.has(n.activity), n.id).toBe(true);
			expect(n.zh && n.en, n.id).toBeTruthy();
		}
	});
});
