/// <reference lib="webworker" />
/**
 * The model worker keeps every read file's facts (packed) and does the work
 * that spans files, off the page's thread: accepted unit merges, repeated
 * filings, the mapping profile, the file rows and label inventory, the Arrow
 * tables for DuckDB, and then the checks. The page holds only digests.
 */
import type { ModelRequest, ModelResponse } from './protocol';
import { buildModel, modelChecks, type HeldFiles } from './build';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const held: HeldFiles = new Map();
let latest = 0;

scope.onmessage = (event: MessageEvent<ModelRequest>) => {
	const req = event.data;
	if (req.type === 'put') for (const f of req.files) held.set(f.digest.fileId, f);
	else if (req.type === 'drop') for (const id of req.fileIds) held.delete(id);
	else {
		latest = req.id;
		try {
			const { built, facts, results } = buildModel(held, req.fileIds, req.profile, req.merges.accepted);
			scope.postMessage({ ...built, id: req.id } satisfies ModelResponse, [...built.facts.map((b) => b.buffer), built.files.buffer, built.problems.buffer] as ArrayBuffer[]);
			// Checks take seconds on a million facts: after the tables are handed over, and only if no newer build waits.
			setTimeout(() => {
				if (req.id !== latest) return;
				scope.postMessage({ type: 'checks', id: req.id, ...modelChecks(facts, results, req.merges) } satisfies ModelResponse);
			}, 0);
		} catch (e) {
			scope.postMessage({ type: 'failed', id: req.id, message: e instanceof Error ? e.message : String(e) } satisfies ModelResponse);
		}
	}
};
