/**
 * The 总结报告 draft's edits: sentences and paragraphs switched off, sentences
 * reworded (keyed by the sentence's stable id, figures kept live). They are
 * stored in the workspace (IndexedDB) and travel in the `.aqy` file; the
 * figures themselves are always recomputed from the data.
 */
import type { DraftEdits, SentenceEdit } from '../../report/draft/edits';

/** Reading, checking and changing the edits load with the first stored draft or the first edit: no part of a first visit's start. */
const editing = () => import('../../report/draft/edits');

export class DraftState {
	edits = $state.raw<DraftEdits>({ off: [], texts: {} });

	/** `persist` stores the edits (the workspace part's write; a failure is shown there). */
	constructor(private readonly persist: (edits: DraftEdits) => Promise<void>) {}

	/** Edits read back from IndexedDB or a workspace file (anything malformed is dropped; nothing stored: no edits). */
	async restore(raw: unknown): Promise<void> {
		if (raw === null || raw === undefined) this.edits = { off: [], texts: {} };
		else this.edits = (await editing()).readDraftEdits(raw);
	}

	/** Switches a sentence or a paragraph off, or back on. */
	async toggle(id: string): Promise<void> {
		return this.set((await editing()).toggleOff(this.edits, id));
	}

	/** Rewords a sentence (null: back to the generated wording). */
	async setText(id: string, edit: SentenceEdit | null): Promise<void> {
		return this.set((await editing()).setSentenceText(this.edits, id, edit));
	}

	async clear(): Promise<void> {
		return this.set((await editing()).emptyDraftEdits());
	}

	private set(edits: DraftEdits): Promise<void> {
		this.edits = edits;
		return this.persist(edits);
	}
}
