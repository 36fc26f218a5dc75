/**
 * The page's handle on the model worker: files go in (their packed facts
 * transferred, not copied), builds come back as Arrow IPC for DuckDB; the
 * checks of a build arrive later through `onChecks`.
 */
import type { MappingProfile } from '../mapping/profile';
import type { Check, UnitMergeProposal } from '../checks/index';
import type { MergeDecisions } from '../workspace/plan';
import { packedBuffers } from './pack';
import type { ReadFile } from './digest';
import type { CheckCounts } from './build';
import type { Built, ModelRequest, ModelResponse } from './protocol';

export class ModelClient {
	private worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	private waiting = new Map<number, { resolve: (b: Built) => void; reject: (e: Error) => void }>();
	private nextId = 1;

	constructor(private onChecks: (id: number, checks: Check[], counts: CheckCounts, proposals: UnitMergeProposal[]) => void) {
		this.worker.onmessage = (e: MessageEvent<ModelResponse>) => {
			const m = e.data;
			if (m.type === 'checks') return this.onChecks(m.id, m.checks, m.counts, m.proposals);
			const w = this.waiting.get(m.id);
			this.waiting.delete(m.id);
			if (m.type === 'built') w?.resolve(m);
			else w?.reject(new Error(m.message));
		};
		this.worker.onerror = (e) => {
			e.preventDefault();
			for (const w of this.waiting.values()) w.reject(new Error(e.message || 'model worker crashed'));
			this.waiting.clear();
		};
	}

	private send(req: ModelRequest, transfer: Transferable[] = []): void {
		this.worker.postMessage(req, transfer);
	}

	/** Hands the files over; their packed facts are transferred (unusable here afterwards). */
	put(files: ReadFile[]): void {
		if (files.length) this.send({ type: 'put', files }, files.flatMap((f) => packedBuffers(f.packed)));
	}

	drop(fileIds: string[]): void {
		if (fileIds.length) this.send({ type: 'drop', fileIds });
	}

	/** Builds the tables of the files `fileIds`, in that order. Resolves with the build's id in `Built.id`. */
	build(fileIds: string[], profile: MappingProfile, merges: MergeDecisions): Promise<Built> {
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.waiting.set(id, { resolve, reject });
			this.send({ type: 'build', id, fileIds, profile, merges });
		});
	}
}
