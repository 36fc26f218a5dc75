/** The plain types the dashboard's state parts share (no runes, no behaviour). */
import type { FileDecisions } from '../../pipeline';
import type { FileRow } from '../../db/arrow';
import type { FileDigest } from '../../model/digest';
import type { PackedFacts } from '../../model/pack';
import type { IngestFile } from '../../ingest/pool';
import type { WorkspaceFile } from '../../workspace/file-format';
import type { WorkspaceDecisions } from '../../workspace/plan';
import type { BoundQuery } from '../../db/types';
import type { Bilingual } from '../../i18n/bilingual';

export interface Entry {
	result: FileDigest;
	/** Its facts, packed (typed arrays: light on the heap); each rebuild's worker gets a copy. */
	packed: PackedFacts;
	demo: boolean;
	/** The original bytes, to read the file again with other decisions (null: could not be kept). */
	source: Blob | null;
	decisions: FileDecisions;
	/** When and in which order it was stored (kept when the file is replaced by a corrected version). */
	stored?: { addedAt: number; seq: number };
}

/** A message for the user about the last action (zh + en), e.g. files already imported. */
export interface Notice extends Bilingual {
	kind: 'duplicate' | 'replaced' | 'replace-failed' | 'workspace-error' | 'workspace-loaded' | 'capacity' | 'cleared';
	/** File names concerned. */
	names: string[];
}

/** A workspace file read and validated, waiting for the user's confirmation to replace the workspace. */
export interface PendingWorkspace {
	name: string;
	files: WorkspaceFile[];
	decisions: WorkspaceDecisions;
}

/** The facts behind a number, for the sources panel. */
export interface SourcesRequest {
	title: string;
	query: BoundQuery;
	/** The check's own places (a 合计 cell holds no fact, but is still a source). */
	places?: { file: string; sheet: string; cell: string; value?: number | null }[];
}

export type View = 'dashboard' | 'report' | 'mapping' | 'checks' | 'roster';

/** One file to import; `source` (a dropped File, a stored Blob) saves copying the bytes to keep them. */
export type ImportItem = IngestFile & { source?: Blob; demo?: boolean; stored?: { addedAt: number; seq: number } };

export type FileRowView = FileRow & {
	demo: boolean;
	shapes: string[];
	/** Names of the file's hidden sheets (read only when the user includes them). */
	hiddenSheets: string[];
	/** The user's decisions in force for this file. */
	decisions: FileDecisions;
	/** Regions and years of the file's filings as read (after decisions). */
	regions: string[];
	years: number[];
	/** The file can be read again (its bytes are kept). */
	rereadable: boolean;
};

export interface StorageInfo {
	/** Bytes used by this origin, and the quota (navigator.storage.estimate). */
	usage: number | null;
	quota: number | null;
	persisted: boolean | null;
	/** The workspace could be opened (IndexedDB available). */
	available: boolean;
}
