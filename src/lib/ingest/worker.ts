/// <reference lib="webworker" />
/** One ingest worker: bytes in, FileResult out, via the same core the CLI uses. */
import { processFile } from '../pipeline';
import type { IngestRequest, IngestResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<IngestRequest>) => {
	const { id, name, buffer, decisions } = event.data;
	let response: IngestResponse;
	try {
		// processFile never throws by contract; this guards against a bug taking the worker down.
		response = { id, ok: true, result: processFile({ name, bytes: new Uint8Array(buffer) }, decisions) };
	} catch (e) {
		response = { id, ok: false, message: e instanceof Error ? e.message : String(e) };
	}
	scope.postMessage(response);
};
