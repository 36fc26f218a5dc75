/**
 * The 总结报告 draft's edits: sentences and paragraphs switched off, sentences
 * reworded (keyed by the sentence's stable id, figures kept live). They are
 * stored in the workspace (IndexedDB) and travel in the `.aqy` file; the
 * figures themselves are always recomputed from the data.
 */
import { emptyDraftEdits, readDraftEdits, setSentenceText, toggleOff, type DraftEdits, type SentenceEdit } from '../../report/draft/edits';

export class DraftState {
	edits = $state.raw<DraftEdits>(emptyDraftEdits());

	/** `persist` stores the edits (the workspace part's write; a failure is shown there). */
	constructor(private readonly persist: (edits: DraftEdits) => Promise<void>) {}

	/** Edits read back from IndexedDB or a workspace file (anything malformed is dropped). */
	restore(raw: unknown): void {
		this.edits = readDraftEdits(raw);
	}

	/** Switches a sentence or a paragraph off, or back on. */
	toggle(id: string): Promise<void> {
		return this.set(toggleOff(this.edits, id));
	}

	/** Rewords a sentence (null: back to the generated wording). */
	setText(id: string, edit: SentenceEdit | null): Promise<void> {
		return this.set(setSentenceText(this.edits, id, edit));
	}

	clear(): Promise<void> {
		return this.set(emptyDraftEdits());
	}

	private set(edits: DraftEdits): Promise<void> {
		this.edits = edits;
		return this.persist(edits);
	}
}
