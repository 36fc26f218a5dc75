/// <reference lib="webworker" />
/** One ingest worker: bytes in, the file's digest and packed facts out, via the same core the CLI uses. */
import { processFileLoading } from '../pipeline';
import { splitResult } from '../model/digest';
import { packedBuffers } from '../model/pack';
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

// The pool sends the next file before this one is done (so no time is lost between files); they are read one at a time, in order.
let chain: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<IngestRequest>) => {
	chain = chain.then(() => handle(event.data));
};
