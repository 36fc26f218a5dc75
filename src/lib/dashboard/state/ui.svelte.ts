/**
 * What the user sees and picks that is not data: the open tab, the notice about
 * the last action, the sources panel, a workspace file awaiting confirmation.
 * Nothing here is stored.
 */
import type { Notice, PendingWorkspace, SourcesRequest, View } from './types';

export class UiState {
	view = $state<View>('dashboard');
	notice = $state.raw<Notice | null>(null);
	pendingWorkspace = $state.raw<PendingWorkspace | null>(null);
	sources = $state.raw<SourcesRequest | null>(null);
	/** The sources panel has been asked for once: its code is loaded (on demand) and it stays in the page. */
	sourcesWanted = $state(false);
	/** With a roster: the by-unit chart and table show expected units that have not reported as gaps (one switch for both). */
	showGaps = $state(true);
	/** The file list shows only the files that could not be read (the import summary's 查看 turns it on). */
	onlyErrorFiles = $state(false);

	showSources(request: SourcesRequest): void {
		this.sources = request;
		this.sourcesWanted = true;
	}
}
