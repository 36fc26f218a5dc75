/// <reference lib="webworker" />
/**
 * The page's one worker script, started as a parse worker (the pool: bytes in,
 * the file's digest and packed facts out, via the same core the CLI uses) or
 * as a build worker (model/client.ts: one rebuild, then it closes, so the heap
 * a million facts need is handed back at once). One script for both, so the
 * code both need is fetched once; the build's own part loads only in a build worker.
 */
import { processFileLoading } from '../pipeline';
import { splitResult } from '../model/digest';
import { packedBuffers } from '../model/pack';
import type { BuildRequest } from '../model/protocol';
import type { IngestRequest, IngestResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** One file: its result. The pool knows this worker is on it (its time limit runs) from the order it posted the files in. */
async function handle({ id, name, buffer, decisions }: IngestRequest): Promise<void> {
	let response: IngestResponse;
	try {
		// SheetJS, the Word reader and the formula engine load only for a file that needs them.
		const result = await processFileLoading({ name, bytes: new Uint8Array(buffer) }, decisions);
		response = { id, ok: true, file: splitResult(result), bytes: buffer };
	} catch (e) {
		response = { id, ok: false, message: e instanceof Error ? e.message : String(e) };
	}
	scope.postMessage(response, response.ok ? [...packedBuffers(response.file.packed), buffer] : []);
}

/** A build worker's one request; a failure to load the build's part is the rebuild's failure. */
async function build(request: BuildRequest): Promise<void> {
	try {
		const { runBuild } = await import('../model/build-run');
		runBuild(request, (message, transfer = []) => scope.postMessage(message, transfer));
	} catch (e) {
		scope.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
	}
	scope.close();
}

// The pool sends the next file before this one is done (so no time is lost between files); they are read one at a time, in order.
let chain: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<IngestRequest | BuildRequest>) => {
	const request = event.data;
	if ('type' in request && request.type === 'build') void build(request);
	else chain = chain.then(() => handle(request as IngestRequest));
};
