/** The roster (应报单位): who must report, who has, and who to chase. Pure; used by the page, the CLI and the report. */
export * from './types';
export { matchCore, proposalKey, type RosterProposal, type MatchHow } from './match';
export { rosterState, filingKind, statusOf, type RosterState, type UnitStatus, type OffRoster, type MatchedFiling } from './status';
export type { UnitDecisions } from './merged';
export { completionOf, completionByRegion, completionLine, formatRate, isIncomplete, type Completion } from './completion';
export { chaseList, chaseText, chaseRows, CHASE_COLUMNS, CHASED, DEFAULT_FORM_NAME } from './chase';
export { rosterFromGrid, rosterFromWorkbook, rosterFromText, rosterFromFilings, type RosterImport } from './parse';
export * from './edit';
export { rosterAssignments, rosterRegionLinks } from './regions';
