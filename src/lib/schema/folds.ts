/**
 * The schema's own phrasings folded as labels are (canonLabel, foldParts, coreOf). The matcher
 * prepares every metric's and activity's phrasings when it loads, each folded by some forty rules;
 * the CLI's build computes these folds once with this very code (scripts/build-cli.js) and hands
 * them to the built CLI, which starts with them remembered (label.ts) instead of folding again.
 * The app and the tests fold at load, as before.
 */
import { ACTIVITIES } from './activities';
import { METRICS } from './metrics';
import { canonLabel, coreOf } from './label';
import { foldParts } from './lexicon';
import type { SchemaFolds } from './types';

/** Every phrasing the matcher prepares when it loads: each metric's name and synonyms, each activity's name, keywords and longer names. */
export function schemaPhrasings(): string[] {
	const all = [...METRICS.flatMap((m) => [m.zh, ...m.synonyms]), ...ACTIVITIES.flatMap((a) => [a.zh, ...a.keywords, ...(a.names ?? [])])];
	return [...new Set(all)];
}

/** The folds of every schema phrasing, computed here and now. */
export function schemaFolds(): SchemaFolds {
	const labels = schemaPhrasings();
	const canon = labels.map((l): [string, string] => [l, canonLabel(l)]);
	const folded = [...new Set(canon.map(([, c]) => c))].map((c): [string, string] => [c, foldParts(c)]);
	return { canon, folded, core: labels.map((l) => [l, coreOf(l)]) };
}
