import type { FileRow } from '../db/arrow';
import type { LabelEntry } from '../mapping/inventory';
import type { MappingProfile } from '../mapping/profile';
import type { Check, UnitMergeProposal } from '../checks/index';
import type { MergeDecisions } from '../workspace/plan';
import type { ReadFile } from './digest';
import type { CheckCounts } from './build';

/** Page → model worker. */
export type ModelRequest =
	/** Keep these files (a file already held under the same id is replaced: read again with other decisions). */
	| { type: 'put'; files: ReadFile[] }
	| { type: 'drop'; fileIds: string[] }
	/** Resolve, map and check the files `fileIds` (import order) and hand back the tables for DuckDB. */
	| { type: 'build'; id: number; fileIds: string[]; profile: MappingProfile; merges: MergeDecisions };

/** The tables for DuckDB as Arrow IPC streams (facts in slices), and what the page shows beside the charts. */
export interface Built {
	type: 'built';
	id: number;
	facts: Uint8Array[];
	factCount: number;
	files: Uint8Array;
	problems: Uint8Array;
	problemCount: number;
	rows: FileRow[];
	inventory: LabelEntry[];
	knownRegions: string[];
}

/** Model worker → page. Checks come after `built`, so the dashboard does not wait for them. */
export type ModelResponse = Built | { type: 'checks'; id: number; checks: Check[]; counts: CheckCounts; proposals: UnitMergeProposal[] } | { type: 'failed'; id: number; message: string };
