import { describe, expect, it } from 'vitest';
import { stealAndTotal, stealMeter } from '../../src/cli/cpu-steal';

describe('CPU steal (bench)', () => {
	it('reads steal and the total of the first eight fields of /proc/stat (guest time is already in user)', () => {
		const stat = 'cpu  4705 150 1120 16250 520 0 35 2100 900 0\ncpu0 2000 75 560 8125 260 0 20 1050 450 0\n';
		expect(stealAndTotal(stat)).toEqual([2100, 4705 + 150 + 1120 + 16250 + 520 + 0 + 35 + 2100]);
	});

	it('gives a share between 0 and 100 %, or null without /proc/stat', async () => {
		const pct = stealMeter();
		await new Promise((r) => setTimeout(r, 50));
		const got = pct();
		if (got !== null) {
			expect(got).toBeGreaterThanOrEqual(0);
			expect(got).toBeLessThanOrEqual(100);
		}
	});
});
