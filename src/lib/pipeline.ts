/**
 * The core, end to end for one file: bytes → Workbook → shape per sheet →
 * facts with provenance + ledger + problems. Pure TypeScript: no DOM, no
 * Node APIs, so the same code runs in the browser's Web Workers and in the CLI.
 */
export {};
