/// <reference lib="webworker" />
/**
 * A build worker: started for one rebuild and gone after it, so the heap a
 * million facts need while they are resolved, mapped, turned into Arrow and
 * checked is handed back at once (a long-lived worker keeps a grown heap).
 * It does the work that spans files, off the page's thread: accepted unit
 * merges, repeated filings, the mapping profile, the file rows and label
 * inventory, the Arrow tables for DuckDB, and then the checks.
 */
import type { BuildRequest, BuildResponse } from './protocol';
import { buildModel, modelChecks } from './build';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<BuildRequest>) => {
	const { files, profile, merges } = event.data;
	try {
		const { built, facts, results } = buildModel(files, profile, merges.accepted, merges.regions);
		scope.postMessage(built satisfies BuildResponse, [...built.facts, ...built.files, ...built.problems].map((b) => b.buffer as ArrayBuffer));
		scope.postMessage({ type: 'checks', ...modelChecks(facts, results, merges) } satisfies BuildResponse);
	} catch (e) {
		// Before the tables: the rebuild fails; after them: the checks do (the page says so).
		scope.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) } satisfies BuildResponse);
	}
	scope.close();
};
