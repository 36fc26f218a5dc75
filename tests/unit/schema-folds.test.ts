/**
 * The CLI's build folds the schema's phrasings once (scripts/build-cli.js, src/lib/schema/folds.ts) and
 * the built CLI starts with those folds remembered. They must be exactly what the code computes now:
 * this fails when the build's folds differ from the schema's own functions, phrasing by phrasing.
 */
import { describe, expect, it } from 'vitest';
import { schemaFoldsJson } from '../../scripts/build-cli.js';
import { schemaFolds, schemaPhrasings } from '../../src/lib/schema/folds';
import { canonLabel, coreOf } from '../../src/lib/schema/label';
import { foldParts } from '../../src/lib/schema/lexicon';
import { METRICS } from '../../src/lib/schema/metrics';
import { ACTIVITIES } from '../../src/lib/schema/activities';

describe("the schema's folds the CLI's build computes", () => {
	it('are what canonLabel, foldParts and coreOf give for every phrasing of every metric and activity', async () => {
		const built = JSON.parse((await schemaFoldsJson()).json) as ReturnType<typeof schemaFolds>;
		const phrasings = schemaPhrasings();
		for (const m of METRICS) for (const p of [m.zh, ...m.synonyms]) expect(phrasings).toContain(p);
		for (const a of ACTIVITIES) for (const p of [a.zh, ...a.keywords, ...(a.names ?? [])]) expect(phrasings).toContain(p);
		expect(built.canon.map(([l]) => l)).toEqual(phrasings);
		expect(built.core.map(([l]) => l)).toEqual(phrasings);
		for (const [label, canon] of built.canon) expect(canon, label).toBe(canonLabel(label));
		for (const [canon, folded] of built.folded) expect(folded, canon).toBe(foldParts(canon));
		for (const [label, core] of built.core) expect(core, label).toBe(coreOf(label));
		// Every canonical phrasing has its fold.
		expect(new Set(built.folded.map(([c]) => c))).toEqual(new Set(built.canon.map(([, c]) => c)));
		expect(built).toEqual(schemaFolds());
	}, 60_000);
});
