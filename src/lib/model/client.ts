/**
 * The page's side of a rebuild: one build worker per rebuild (model/build-run.ts,
 * in the worker script `spawn` starts),
 * given copies of the files' packed facts; the tables come back as Arrow IPC
 * for DuckDB, the checks later through `onChecks`. A newer rebuild stops the
 * older worker (its checks are moot by then).
 */
import type { MappingProfile } from '../mapping/profile';
import type { Check, UnitMergeProposal } from '../checks/index';
import type { MergeDecisions } from '../workspace/plan';
import type { RegionLink } from '../facts/region-links';
import type { ReadFile } from './digest';
import type { CheckCounts } from './protocol';
import type { Built, BuildRequest, BuildResponse } from './protocol';

/** The checks of a build, or why there are none (the worker failed after handing over the tables). */
export type OnChecks = (result: { checks: Check[]; counts: CheckCounts; proposals: UnitMergeProposal[] } | { error: string }) => void;

export class ModelClient {
	private worker: Worker | null = null;

	/** `spawn`: starts a worker that builds on a BuildRequest (the page's one worker script, ingest/worker.ts). */
	constructor(private spawn: () => Worker) {}

	/** Builds the tables of `files` (import order); `onChecks` gets the checks of this build, unless a newer build came first. */
	build(files: ReadFile[], profile: MappingProfile, merges: MergeDecisions, onChecks: OnChecks, links: RegionLink[] = []): Promise<Built> {
		this.worker?.terminate();
		const worker = this.spawn();
		this.worker = worker;
		return new Promise((resolve, reject) => {
			let built = false;
			const fail = (message: string) => (built ? onChecks({ error: message }) : reject(new Error(message)));
			worker.onmessage = (e: MessageEvent<BuildResponse>) => {
				const m = e.data;
				if (m.type === 'built') {
					built = true;
					resolve(m);
				} else if (m.type === 'checks') {
					if (this.worker === worker) this.worker = null;
					onChecks({ checks: m.checks, counts: m.counts, proposals: m.proposals });
				} else fail(m.message);
			};
			worker.onerror = (e) => {
				e.preventDefault();
				fail(e.message || 'build worker crashed');
			};
			// The packed facts are copied (the page keeps its own for the next rebuild): ~100 MB for a million facts, a few ms.
			worker.postMessage({ type: 'build', files, profile, merges, links } satisfies BuildRequest);
		});
	}

	stop(): void {
		this.worker?.terminate();
		this.worker = null;
	}
}
