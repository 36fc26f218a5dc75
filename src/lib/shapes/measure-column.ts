/**
 * A column headed 单位 may be the 计量单位 (场, 人次, 处 under it) rather than the 填报单位: long and
 * transposed tables both write their measure beside each metric's name under that one word.
 */
import type { Sheet } from '../read/workbook';
import { textAt } from '../read/workbook';
import { UNIT_WORDS } from './form/slots';
import { isFieldCell } from './form/header';
import { isFootnote } from './columns';

/** Rows under a 单位 header looked at to tell measure words from unit names. */
const MAX_UNIT_SCAN = 200;

/** A measure word as a 计量单位 column holds it: 场, 人次, 场/人次, 是/否. */
export const MEASURE_VALUE = new RegExp(`^(${UNIT_WORDS.join('|')})([/、](${UNIT_WORDS.join('|')}))*$`);
const NOT_A_UNIT_NAME = /^(是\/?否|文字|元|万元|%)$/;
/** A count typed with its measure word: 3场, 200人次, 约150人, 15处. */
const COUNT_WITH_MEASURE = new RegExp(`^\\s*(?:约|近)?\\s*[\\d０-９][\\d０-９,，.．]*\\s*(${UNIT_WORDS.join('|')})\\s*$`);

/** The measure word a cell's count is typed with (3场 → 场), or null. */
export function measureTypedWith(text: string): string | null {
	return COUNT_WITH_MEASURE.exec(text)?.[1] ?? null;
}

/** A row signing the table (填报单位：… | 填报日期：…, 填表说明：…): its cells say nothing of the column above them. */
function signsTable(sheet: Sheet, r: number): boolean {
	const first = sheet.rows[r]?.find((c) => !!c && c.text.trim() !== '');
	return !!first && (isFieldCell(first.text) || isFootnote(first.text));
}

/** A 单位 column whose values are measure words (场, 人次) is the 计量单位 column, not the 填报单位. */
export function holdsMeasureWords(sheet: Sheet, headerRow: number, col: number): boolean {
	let words = 0;
	for (let r = headerRow + 1; r < Math.min(sheet.rows.length, headerRow + 1 + MAX_UNIT_SCAN); r++) {
		const t = textAt(sheet, r, col).normalize('NFKC');
		if (!t || signsTable(sheet, r)) continue;
		if (MEASURE_VALUE.test(t)) words++;
		else if (!NOT_A_UNIT_NAME.test(t)) return false;
	}
	return words > 0;
}
