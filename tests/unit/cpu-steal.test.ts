import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stealAndTotal, stealMeter } from '../../src/cli/cpu-steal';

describe('CPU steal (bench)', () => {
	it('reads steal and the total of the first eight fields of /proc/stat (guest time is already in user)', () => {
		const stat = 'cpu  4705 150 1120 16250 520 0 35 2100 900 0\ncpu0 2000 75 560 8125 260 0 20 1050 450 0\n';
		expect(stealAndTotal(stat)).toEqual([2100, 4705 + 150 + 1120 + 16250 + 520 + 0 + 35 + 2100]);
	});

	it('gives the steal between two readings in % of all CPU time', () => {
		const readings: [number, number][] = [
			[2100, 24_880],
			[2350, 27_380]
		];
		const pct = stealMeter(() => readings.shift() ?? null);
		expect(pct()).toBe(10);
	});

	it('is unknown (null) without /proc/stat, or when no time has passed', () => {
		expect(stealMeter(() => null)()).toBeNull();
		expect(stealMeter(() => [100, 1000])()).toBeNull();
	});

	it('reads this machine where /proc/stat exists', () => {
		if (!existsSync('/proc/stat')) return expect(stealMeter()()).toBeNull();
		const pct = stealMeter();
		const start = Date.now();
		while (Date.now() - start < 30); // a few jiffies of CPU time
		const got = pct();
		expect(got === null || (got >= 0 && got <= 100)).toBe(true);
	});
});
