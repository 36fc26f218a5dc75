/**
 * One reading thread of the normalize CLI (started by read-workers.ts): it
 * reads the files it is sent from disk itself (read-file.ts) and posts the
 * results back, tagged with their place in the batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readForCli, WORKER_ROLE, type WorkerJob, type WorkerReply } from './read-file';

// Batches are read one after another, in the order they came.
let chain: Promise<void> = Promise.resolve();
if (parentPort && workerData === WORKER_ROLE) parentPort.on('message', (jobs: WorkerJob[]) => {
	chain = chain.then(async () => {
		const reply: WorkerReply = { results: [] };
		for (const j of jobs) reply.results.push({ index: j.index, result: await readForCli(j) });
		parentPort!.postMessage(reply);
	});
});
