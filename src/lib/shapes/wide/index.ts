/** Shape B: a consolidated wide table, one row per unit (layout.ts finds the tables, read.ts reads them, totals.ts checks 小计/合计). */
export { WIDE_MAX_SCORE } from './layout';
export { lookAtWide, readWideSheet } from './read';
