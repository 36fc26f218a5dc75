/**
 * Values far out of line with the unit's other years and with the same
 * year's other units (the rule and its thresholds: OUTLIER and RULES in
 * rules.ts). Only the high side is judged: the mistakes that move a total are
 * extra zeros and 万 taken for one, while a small number is often just true.
 */
import type { Fact } from '../facts/fact';
import type { Check } from './types';
import { OUTLIER } from './rules';
import { makeCheck, metricName, placeOf, sourceOf, unitYear } from './source';

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median of a sorted list with one occurrence of `v` left out, in O(log n) (a big table has thousands of peers per metric). */
function medianWithout(sorted: number[], v: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < v) lo = mid + 1;
		else hi = mid;
	}
	const at = (k: number) => sorted[k < lo ? k : k + 1];
	const n = sorted.length - 1;
	const mid = n >> 1;
	return n % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

const unitKey = (f: Fact) => `${f.region}\u0000${f.unit}`;

export function outliers(facts: Fact[]): Check[] {
	// metric → year → unit → summed value (a unit's filing has one number per metric; sum if not).
	const table = new Map<string, Map<number, Map<string, number>>>();
	const counted = facts.filter((f) => f.status === 'ok' && f.value !== null && f.metricId !== null && f.year !== null && f.family !== 'F');
	for (const f of counted) {
		let byYear = table.get(f.metricId!);
		if (!byYear) table.set(f.metricId!, (byYear = new Map()));
		let byUnit = byYear.get(f.year!);
		if (!byUnit) byYear.set(f.year!, (byUnit = new Map()));
		byUnit.set(unitKey(f), (byUnit.get(unitKey(f)) ?? 0) + f.value!);
	}

	// Each metric-year's per-unit values, sorted once.
	const sortedPeers = new Map<string, number[]>();
	for (const [metric, byYear] of table) for (const [year, byUnit] of byYear) sortedPeers.set(`${metric}\u0000${year}`, [...byUnit.values()].sort((a, b) => a - b));

	const checks: Check[] = [];
	for (const f of counted) {
		const v = f.value!;
		if (!(v > OUTLIER.minValue)) continue;
		const byYear = table.get(f.metricId!)!;
		const me = unitKey(f);
		const history: number[] = [];
		for (const [year, byUnit] of byYear) if (year !== f.year && byUnit.has(me)) history.push(byUnit.get(me)!);
		const all = sortedPeers.get(`${f.metricId}\u0000${f.year}`)!;
		const peers = all.length - 1; // every unit of that year but this one

		const baselines: { kind: 'history' | 'peers'; median: number; n: number }[] = [];
		if (history.length >= OUTLIER.minYears) baselines.push({ kind: 'history', median: median(history), n: history.length });
		if (peers >= OUTLIER.minPeers) baselines.push({ kind: 'peers', median: medianWithout(all, byYear.get(f.year!)!.get(me)!), n: peers });
		if (baselines.length === 0 || !baselines.every((b) => v > OUTLIER.factor * b.median)) continue;

		const who = unitYear(f);
		const m = metricName(f);
		const zh = baselines.map((b) => (b.kind === 'history' ? `该单位其他 ${b.n} 个年度的中位数为 ${b.median}` : `同年其他 ${b.n} 个单位的中位数为 ${b.median}`)).join('，');
		const en = baselines.map((b) => (b.kind === 'history' ? `the unit's median over ${b.n} other years is ${b.median}` : `the median of ${b.n} other units that year is ${b.median}`)).join('; ');
		checks.push(
			makeCheck(
				'value.outlier',
				{
					zh: `${who.zh}的“${m.zh}”为 ${v}，远高于常见水平（${zh}），见 ${placeOf(f)}。`,
					en: `${who.en}: "${m.en}" is ${v}, far above the usual level (${en}), in ${placeOf(f)}.`
				},
				[sourceOf(f)],
				{ unit: f.unit, region: f.region, year: f.year }
			)
		);
	}
	return checks;
}
