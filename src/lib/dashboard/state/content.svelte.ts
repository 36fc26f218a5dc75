/**
 * What the user has put in: the files read (and which are demo data), each with its
 * decisions, the mapping profile and the unit merges. The other parts read and
 * replace these; the facts are always rebuilt from them (rebuild.svelte.ts).
 */
import { emptyProfile, type MappingProfile } from '../../mapping/profile';
import { emptyMergeDecisions, type MergeDecisions } from '../../workspace/plan';
import type { Entry } from './types';

export class Content {
	entries = $state.raw<Entry[]>([]);
	profile = $state.raw<MappingProfile>(emptyProfile());
	/** Accepted and rejected unit merges (stored; accepted ones applied before filings are resolved). */
	merges = $state.raw<MergeDecisions>(emptyMergeDecisions());

	get hasDemo(): boolean {
		return this.entries.some((e) => e.demo);
	}

	find(fileId: string): Entry | undefined {
		return this.entries.find((e) => e.result.fileId === fileId);
	}

	/** Facts of every file now loaded, as read (what the capacity counts). */
	factsHeld(): number {
		return this.entries.reduce((s, e) => s + e.packed.n, 0);
	}

	/** Back to nothing: no file, no decision. */
	clear(): void {
		this.entries = [];
		this.profile = emptyProfile();
		this.merges = emptyMergeDecisions();
	}
}
