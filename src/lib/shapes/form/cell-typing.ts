/**
 * Typings that reorder a 进展情况 cell before it is cut into sentences: titles in 【】 that open an
 * item anywhere in the cell (…（530）人次【咨询日】（3）场), and two fields named together with their
 * numbers after them (演练场次/参与人次：5/300).
 */

/** Two fields named together, then their numbers in the same order: 演练场次/参与人次：5/300. */
const PAIRED_FIELDS = /([\u4e00-\u9fa5]*?(?:场次|人次|人数|次数|场数))[\s\u3000]*[／/][\s\u3000]*([\u4e00-\u9fa5]*?(?:场次|人次|人数|次数|场数))[\s\u3000]*[：:]?[\s\u3000]*([0-9０-９][0-9０-９,，.]*)[\s\u3000]*[／/][\s\u3000]*([0-9０-９][0-9０-９,，.]*)/g;
const TITLE_AT_START = /^[\s\u3000]*【([\u4e00-\u9fa5“”"·]{2,})】/;
const TITLE_INSIDE = /(?<=[^\s\u3000；;。\n])[\s\u3000]*(?=【(?![零〇一二两三四五六七八九十百千万余多约近]+】)[\u4e00-\u9fa5“”"·]{2,}】)/g;

/** The cell with each inner title starting a sentence and paired fields written one after the other. */
export function untangled(text: string): string {
	// 场次/人次：5/300 → 场次：5，人次：300, each number after its own measure.
	const paired = text.includes('/') || text.includes('／') ? text.replace(PAIRED_FIELDS, '$1：$3，$2：$4') : text;
	return paired.includes('【') ? paired.replace(TITLE_INSIDE, '；') : paired;
}

/** The words of a title in 【】 opening a sentence (【应急演练】（7）场 → 应急演练), or ''. */
export function titleAtStart(sentence: string): string {
	if (!sentence.includes('【')) return '';
	return TITLE_AT_START.exec(sentence)?.[1] ?? '';
}
