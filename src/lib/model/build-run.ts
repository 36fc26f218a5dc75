/**
 * What a build worker does with its one request: the work that spans files,
 * off the page's thread: accepted unit merges, repeated filings, the mapping
 * profile, the file rows and label inventory, the Arrow tables for DuckDB,
 * and then the checks. The worker script is the page's one worker script
 * (ingest/worker.ts), which loads this part only when it is asked to build.
 */
import type { BuildRequest, BuildResponse } from './protocol';
import { buildModel, modelChecks } from './build';

export function runBuild(request: BuildRequest, post: (message: BuildResponse, transfer?: Transferable[]) => void): void {
	const { files, profile, merges, links } = request;
	try {
		const { built, facts, results } = buildModel(files, profile, merges.accepted, merges.regions, links);
		post(built, [...built.facts, ...built.files, ...built.problems].map((b) => b.buffer as ArrayBuffer));
		post({ type: 'checks', ...modelChecks(facts, results, merges) });
	} catch (e) {
		// Before the tables: the rebuild fails; after them: the checks do (the page says so).
		post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
	}
}
