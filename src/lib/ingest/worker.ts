/// <reference lib="webworker" />
/** One ingest worker: bytes in, the file's digest and packed facts out, via the same core the CLI uses. */
import { processFile } from '../pipeline';
import { prepareRead } from '../read/index';
import { NotLoaded } from '../read/on-demand';
import { splitResult } from '../model/digest';
import { packedBuffers } from '../model/pack';
import type { IngestRequest, IngestResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** One file: its result. The pool knows this worker is on it (its time limit runs) from the order it posted the files in. */
async function handle({ id, name, buffer, decisions }: IngestRequest): Promise<void> {
	let response: IngestResponse;
	try {
		const bytes = new Uint8Array(buffer);
		// SheetJS (and for a BIFF5 .xls its code pages), and the Word reader, load only for a file whose kind needs them.
		await prepareRead(bytes, name);
		let result;
		// processFile never throws by contract but for NotLoaded: an .xlsx the own reader declined (SheetJS reads it),
		// a number format SheetJS writes, or formulas saved without results (the formula engine computes them) — load
		// that part and read again.
		for (let attempt = 0; ; attempt++) {
			try {
				result = processFile({ name, bytes }, decisions);
				break;
			} catch (e) {
				if (!(e instanceof NotLoaded) || attempt >= 3) throw e;
				await e.load();
			}
		}
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
