/**
 * Shape B, group rows: a row of its own over each block of units naming what the block is —
 * `一、商水县`, `（二）郸城县`, `2. 县直部门`, `第三片区`, `一是乡镇` — written with another numbering
 * than the units under it (or merged across the table). It is no unit. When it names a place, that
 * place is the region of the units under it, up to the next group row. A group row carrying numbers
 * is its block's subtotal, written above the block instead of under it: checked, never counted.
 */
import type { Sheet } from '../../read/workbook';
import { mergeAt, textAt } from '../../read/workbook';
import { columnRole, isTownshipHeader, totalKind } from '../columns';
import { divisionLevel, placeIn } from '../../facts/region';
import { normalizeUnit } from '../../facts/unit';
import { cellNumber, rowHasNumber } from './layout';
import { CN, numbering } from '../../base/outline-number';

/** A row-number cell that numbers a group (一, 二, Ⅰ) rather than a unit (1, 2). */
const GROUP_NUMBER = new RegExp(`^([${CN}]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+)$`);

export interface GroupRow {
	/** The place the group names ('' for a group of another kind: 县直部门, 企业). */
	place: string;
	/** The row carries figures: its block's subtotal. */
	subtotal: boolean;
}

interface Where {
	/** The table's first column (a table printed beside another starts right of it). */
	firstCol: number;
	unitCol: number;
	rowNumberCol: number;
	regionCol: number;
	measureCols: number[];
	endRow: number;
}

/** The text a row names itself by: its unit cell, else a label written further left (in the 序号 column). */
function labelOf(sheet: Sheet, r: number, w: Where): { text: string; col: number } {
	const unit = textAt(sheet, r, w.unitCol, true).trim();
	if (unit) return { text: unit, col: w.unitCol };
	// A region cell beside a blank unit cell (the unit written once over its rows) names no row.
	for (let c = w.firstCol; c < w.unitCol; c++) {
		if (c === w.regionCol) continue;
		const t = textAt(sheet, r, c, true).trim();
		if (t && !/^\d+$/.test(t) && !GROUP_NUMBER.test(t)) return { text: t, col: c };
	}
	return { text: '', col: -1 };
}

/** How a row marks itself: a numbering before its name, a 一/二 in the 序号 column, or a label merged across the measures. */
function markOf(sheet: Sheet, r: number, w: Where, label: { text: string; col: number }): string | null {
	const own = numbering(label.text)?.style;
	if (own) return own;
	if (w.rowNumberCol >= 0 && w.rowNumberCol !== label.col && GROUP_NUMBER.test(textAt(sheet, r, w.rowNumberCol).trim())) return 'number-cn';
	// A label merged across the measures leaves them empty: a row with figures is never one (and skips the merge lookup).
	if (label.col < 0 || rowHasNumber(sheet, r, w.measureCols)) return null;
	const m = mergeAt(sheet, r, label.col);
	if (m && w.measureCols.some((c) => c >= m.c0 && c <= m.c1)) return 'merged';
	return null;
}

/** The next unit row below r (a name and a number), or -1. */
function nextUnitRow(sheet: Sheet, r: number, w: Where): number {
	for (let d = r + 1; d < w.endRow; d++) {
		const label = labelOf(sheet, d, w).text;
		if (!label || totalKind(label) || !rowHasNumber(sheet, d, w.measureCols)) continue;
		return d;
	}
	return -1;
}

/** The unit row right above r (a name and a number, no total), or -1; a blank or group row between ends the look. */
function prevUnitRow(sheet: Sheet, r: number, w: Where): number {
	for (let d = r - 1; d >= 0; d--) {
		const label = labelOf(sheet, d, w).text;
		if (!label) continue;
		return !totalKind(label) && rowHasNumber(sheet, d, w.measureCols) ? d : -1;
	}
	return -1;
}

/**
 * Whether row r is a group row, and what it says. It must be marked (numbered, or merged across),
 * and the unit row under it must not be marked the same way — units numbered 一、二、 are units.
 */
export function groupRowAt(sheet: Sheet, r: number, w: Where): GroupRow | null {
	const label = labelOf(sheet, r, w);
	if (!label.text) return null;
	// The mark first: most rows are plain units, and it rules them out before the label's wording is read.
	const mark = markOf(sheet, r, w, label);
	if (!mark) return placeOverUnits(sheet, r, w, label.text);
	if (totalKind(label.text) || columnRole(label.text) !== 'measure') return null;
	const next = nextUnitRow(sheet, r, w);
	if (next < 0 || markOf(sheet, next, w, labelOf(sheet, next, w)) === mark) return null;
	// The last of units numbered alike (3．南梁镇 after 2．悦乐镇) is one of them, whatever row follows it.
	const prev = prevUnitRow(sheet, r, w);
	if (prev >= 0 && markOf(sheet, prev, w, labelOf(sheet, prev, w)) === mark && !rowHasNumber(sheet, r, w.measureCols) === !rowHasNumber(sheet, prev, w.measureCols)) return null;
	const subtotal = rowHasNumber(sheet, r, w.measureCols);
	const name = normalizeUnit((numbering(label.text)?.rest ?? label.text).replace(/[（(][^）)]*[)）]\s*$/, '').replace(/[:：]\s*$/, ''));
	// A place: a division's name (商水县, 东城区, 城关镇), not a kind of unit (县直部门, 企业, 乡镇).
	const township = /(?:镇|乡|街道)$/.test(name) && !isTownshipHeader(name);
	const place = divisionLevel(name) >= 0 && (placeIn(name) === name || township) ? name : '';
	return { place, subtotal };
}


/** A group row's name without a note after it: 华池县（3个乡镇） → 华池县. */
const placeName = (text: string) => normalizeUnit(text.replace(/[（(][^）)]*[)）]\s*$/, '').replace(/[:：]\s*$/, ''));

/** A place's name alone (华池县, 西峰区), never an office in it (华池县应急管理局), of level `upTo` or above; else -1. */
function placeLevel(text: string, upTo = 3): number {
	const name = placeName(text);
	// The level by the name's ending first: most rows name a township or a unit, and finding places in the name costs more.
	const level = divisionLevel(name);
	return level >= 0 && level <= upTo && placeIn(name) === name ? level : -1;
}

/**
 * An unmarked row naming a county (华池县) over rows naming its townships: a group row, its place their
 * region. With figures it is the block's subtotal written above it — but only when they are the sum of the
 * rows under it, up to the next place of its level; else it is a unit like the others.
 */
function placeOverUnits(sheet: Sheet, r: number, w: Where, text: string): GroupRow | null {
	const level = placeLevel(text, 2);
	if (level < 0) return null;
	const next = nextUnitRow(sheet, r, w);
	if (next < 0 || !(divisionLevel(normalizeUnit(labelOf(sheet, next, w).text)) > level)) return null;
	const place = placeName(text);
	if (!rowHasNumber(sheet, r, w.measureCols)) return { place, subtotal: false };
	const sums = w.measureCols.map(() => 0);
	for (let d = r + 1; d < w.endRow; d++) {
		const below = labelOf(sheet, d, w).text;
		if (!below) continue;
		if (totalKind(below) || placeLevel(below, level) >= 0) break;
		w.measureCols.forEach((c, i) => (sums[i] += cellNumber(sheet, d, c)?.value ?? 0));
	}
	const adds = w.measureCols.every((c, i) => Math.abs((cellNumber(sheet, r, c)?.value ?? 0) - sums[i]) < 1e-9);
	return adds ? { place, subtotal: true } : null;
}
