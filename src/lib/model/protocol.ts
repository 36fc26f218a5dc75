import type { RegionLink } from '../facts/region-links';
import type { FileRow } from '../db/arrow';
import type { TablesIPC } from '../db/load';
import type { LabelEntry } from '../mapping/inventory';
import type { MappingProfile } from '../mapping/profile';
import type { Check, CheckCode, UnitMergeProposal } from '../checks/index';
import type { MergeDecisions } from '../workspace/plan';
import type { ReadFile } from './digest';

/** Page → build worker: resolve, map and check these files (import order) and hand back the tables for DuckDB. */
export interface BuildRequest {
	type: 'build';
	files: ReadFile[];
	profile: MappingProfile;
	merges: MergeDecisions;
	/** Which region lies inside which, given from outside the files (the roster). */
	links?: RegionLink[];
}

/** The tables for DuckDB as Arrow IPC streams (facts in slices), and what the page shows beside the charts. */
export interface Built extends TablesIPC {
	type: 'built';
	rows: FileRow[];
	inventory: LabelEntry[];
	knownRegions: string[];
	/** Which region lies inside which, as the facts say (the region filter's tree). */
	regionLinks: RegionLink[];
}

/** Build worker → page. Checks come after `built`, so the dashboard does not wait for them. */
export type BuildResponse = Built | { type: 'checks'; checks: Check[]; counts: CheckCounts; proposals: UnitMergeProposal[] } | { type: 'failed'; message: string };

export type CheckCounts = Partial<Record<CheckCode, { total: number; warnings: number }>>;
