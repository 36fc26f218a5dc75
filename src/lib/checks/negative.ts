import type { Fact } from '../facts/fact';
import type { Check } from './types';
import { makeCheck, metricName, placeOf, sourceOf, unitYear } from './source';

/** A count below zero (only facts that count: status ok). */
export function negativeValues(facts: Fact[]): Check[] {
	const checks: Check[] = [];
	for (const f of facts) {
		if (f.status !== 'ok' || f.value === null || !(f.value < 0)) continue;
		const who = unitYear(f);
		const m = metricName(f);
		checks.push(
			makeCheck(
				'value.negative',
				{
					zh: `${who.zh}的“${m.zh}”为负数 ${f.value}（原文“${f.raw}”），见 ${placeOf(f)}。`,
					en: `${who.en}: "${m.en}" is negative, ${f.value} (written "${f.raw}"), in ${placeOf(f)}.`
				},
				[sourceOf(f)],
				{ unit: f.unit, region: f.region, year: f.year }
			)
		);
	}
	return checks;
}
