/**
 * The collection template as a Word form: written by the `docx` library,
 * filled as a unit fills it (numbers into the slots, ☑ for 是 or 否, a short
 * text), and imported back — every value on its metric, blanks left blank.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readZipDirectory, entryData } from '../../src/lib/read/zip';
import { inflateRaw } from '../../src/lib/read/inflate';
import { buildTemplateDocx, FREE_TEXT_PROMPT, templateDocxFileName } from '../../src/lib/export/template-docx';
import { templateRows, type TemplateKind } from '../../src/lib/export/template';
import { docxPackage } from '../fixtures/forms-docx';

/** The package's document.xml as text. */
function documentXml(bytes: Uint8Array): string {
	const dir = readZipDirectory(bytes);
	if (!dir.ok) throw new Error('not a zip');
	const e = dir.entries.find((x) => x.name === 'word/document.xml')!;
	const data = entryData(bytes, e)!;
	return new TextDecoder().decode(e.method === 8 ? inflateRaw(data, e.uncompressedSize) : data);
}

/** Fills the slots and boxes in document order, row by row; null leaves a row as it is. */
function fill(xml: string, values: (number | string | 0 | 1 | null)[], flags: boolean[]): string {
	let i = 0;
	return xml.replace(new RegExp(`（    ）|□是□否|${FREE_TEXT_PROMPT.replace(/[()（）]/g, '.')}`, 'g'), (slot) => {
		const v = values[i];
		const flag = flags[i++];
		if (v === null) return slot;
		if (flag) return v === 1 ? '☑是□否' : '□是☑否';
		// A free-text row: the answer on a new line under the prompt.
		if (slot === FREE_TEXT_PROMPT) return `${slot}</w:t></w:r><w:r><w:br/><w:t>${v}`;
		return `（${v}）`;
	});
}

describe('collection template as a Word form', () => {
	for (const kind of ['2020', '2021', 'all'] as TemplateKind[])
		it(`${kind}: filled and imported back, every value on its metric`, async () => {
			const year = kind === '2020' ? 2020 : 2022;
			const bytes = await buildTemplateDocx({ year, kind });
			expect(templateDocxFileName({ year, kind })).toMatch(/\.docx$/);
			// Blank: no facts at all (blank stays blank, never 0).
			const blank = processFile({ name: '模板.docx', bytes });
			expect(blank.error).toBeNull();
			expect(blank.facts).toEqual([]);

			const rows = templateRows({ year, kind });
			const flags = rows.map((r) => r.metric.family === 'F');
			const values = rows.map((r, i) => (i % 7 === 3 ? null : r.metric.family === 'F' ? i % 2 : r.metric.family === 'T' ? `做法${i}` : i % 5 === 0 ? 0 : 10 + i));
			const xml = fill(documentXml(bytes), values, flags).replace('填报单位（盖章）：', '填报单位（盖章）：正宁县山河镇人民政府').replace('填报日期：      年    月    日', `填报日期：${year}年6月24日`);
			const filled = processFile({ name: '山河镇.docx', bytes: docxPackage(xml) });
			expect(filled.error).toBeNull();
			expect(filled.filings).toMatchObject([{ unit: '正宁县山河镇人民政府', region: '正宁县', year, filedOn: `${year}-06-24` }]);
			const got = filled.facts.map((f) => `${f.metricId}=${f.text ?? f.value}`).sort();
			const want = rows.flatMap((r, i) => (values[i] === null ? [] : [`${r.metric.id}=${values[i]}`])).sort();
			expect(got).toEqual(want);
			expect(filled.facts.every((f) => f.status === 'ok')).toBe(true);
		});
});
