/**
 * Checks on a batch: warnings and notes a user can see, filter on, and trace
 * to the cells they are about. Each rule is one module; RULES states each in words.
 */
import type { Fact, FileResult } from '../facts/fact';
import type { Check, CheckCode } from './types';
import { participantsBelowSessions } from './participants';
import { negativeValues } from './negative';
import { outliers } from './outlier';
import { implausibleValues } from './implausible';
import { totalMismatches } from './totals';
import { sameDateFilings } from './same-date';
import { unknownYears } from './year-unknown';
import { similarUnits } from './unit-merge';

export type { Check, CheckCode, CheckLevel, CheckSource, Text } from './types';
export { RULES, OUTLIER, PLAUSIBLE, type Rule } from './rules';
export { pairStem, schemaPairs } from './participants';
export { proposeUnitMerges, applyUnitMerges, applyUnitMergesToResults, nameCore, unitCore, withoutRegion, type UnitMerge, type UnitMergeProposal } from './unit-merge';

/** The order checks are listed in (warnings about numbers first). */
export const CHECK_CODES: CheckCode[] = ['participants.below-sessions', 'value.negative', 'value.outlier', 'value.implausible', 'total.mismatch', 'filing.same-date', 'year.unknown', 'unit.similar'];

/**
 * Every check on a batch. `facts` are the batch's facts as the dashboard counts
 * them (buildFacts: filings resolved, mapping applied, unit merges applied);
 * `results` are the files they came from, in import order. Number rules judge
 * only facts with status 'ok'; the year rule looks at every fact that is not
 * superseded; similar names look at every fact.
 */
export function runChecks(facts: Fact[], results: FileResult[]): Check[] {
	const checks = [
		...participantsBelowSessions(facts, results),
		...negativeValues(facts),
		...outliers(facts),
		...implausibleValues(facts),
		...totalMismatches(results),
		...sameDateFilings(results),
		...unknownYears(facts),
		...similarUnits(facts)
	];
	const rank = (c: Check) => (c.level === 'warning' ? 0 : 100) + CHECK_CODES.indexOf(c.code);
	return checks.sort((a, b) => rank(a) - rank(b));
}
