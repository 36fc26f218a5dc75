import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { cellsOf } from '../../src/lib/read/workbook';
import type { FileResult } from '../../src/lib/facts/fact';
import { ledgerDefects, ledgerSummary, unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { addWideSheet, type WideSpec } from '../fixtures/wide';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';

/** Every non-empty cell of every sheet (hidden ones too) is in exactly one ledger entry; the summary adds up. */
function expectAccounted(bytes: Uint8Array, name: string, r: FileResult) {
	expect(r.error).toBeNull();
	const wb = readWorkbook(bytes, name);
	let nonEmpty = 0;
	for (const sheet of wb.sheets) {
		expect(unaccountedCells(sheet, r.ledger), `${name} ${sheet.name}`).toEqual([]);
		nonEmpty += [...cellsOf(sheet)].length;
	}
	expect(ledgerDefects(wb.sheets, r.ledger), name).toEqual({ duplicated: [], notACell: [] });
	const s = ledgerSummary(r);
	expect(s.cells).toBe(nonEmpty);
	expect(s.factCells + s.texts + s.unmapped + s.ignored).toBe(s.cells);
	expect(Object.values(s.ignoredByReason).reduce((a, b) => a + b, 0)).toBe(s.ignored);
	expect(s.facts).toBe(r.facts.length);
	expect(Object.values(s.factsByStatus).reduce((a, b) => a + b, 0)).toBe(r.facts.length);
	return s;
}

const WIDE: WideSpec = {
	title: '2023年“安全生产月”活动汇总表',
	sheetName: '汇总',
	columns: [
		{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
		{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' },
		{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' },
		{ group: null, leaf: '发放宣传资料（份）', metricId: null }
	],
	rows: [
		{ region: '华池县', unit: '柔远镇', values: [3, 420, 17, 1200], note: '含线上活动' },
		{ region: '华池县', unit: '悦乐镇', values: [1, null, 0, null] },
		{ region: '合水县', unit: '西华池镇', values: [7, 2100, 41, 5200] }
	],
	numbersAsText: true
};

describe('ledger: nothing lost', () => {
	it('a wide table with title, 2-row header, notes, 小计/合计, footnote, an unmapped column, a text value, blanks with spaces and a hidden sheet', async () => {
		const wb = new ExcelJS.Workbook();
		await addWideSheet(wb, WIDE);
		const ws = wb.getWorksheet('汇总')!;
		ws.getCell('F5').value = '   '; // a blank with spaces in a measure column (悦乐镇's row)
		ws.getCell('D5').value = '见附件'; // a value that is no number
		ws.getCell('K2').value = '\u3000 '; // whitespace outside the table
		ws.getCell('K12').value = '填表人：张三'; // a stray cell outside the table
		const hidden = wb.addWorksheet('2019年旧表', { state: 'hidden' });
		hidden.getCell('A1').value = '2019年数据';
		hidden.getCell('B2').value = 5;
		hidden.getCell('C3').value = '  ';
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		const name = '2023年汇总.xlsx';
		const r = processFile({ name, bytes });
		const s = expectAccounted(bytes, name, r);

		for (const reason of ['title', 'header', 'subtotal-row', 'total-row', 'footnote', 'unit-name', 'region-name', 'row-number', 'hidden-sheet'])
			expect(Object.keys(s.ignoredByReason), reason).toContain(reason);
		expect(s.ignoredByReason['hidden-sheet']).toBe(2);
		expect(r.ledger.filter((e) => e.disposition === 'text').map((e) => [e.cell, e.reason, e.text])).toEqual(
			expect.arrayContaining([
				['D5', 'not-a-number', '见附件'],
				['H4', 'note', '含线上活动']
			])
		);
		expect(s.unmapped).toBe(2); // 发放宣传资料: 1200, 5200
		expect(s.factCells).toBe(r.facts.filter((f) => f.status === 'ok').length);
		for (const blank of ['F5', 'K2']) expect(r.ledger.map((e) => e.cell)).not.toContain(blank);
		expect(r.ledger.find((e) => e.cell === 'K12')?.disposition).toBe('ignored');
	});

	it('filled-in forms of every template and layout: each cell once, the generator’s non-empty cells all listed', async () => {
		for (let seed = 1; seed <= 12; seed++) {
			const spec = randomFormSpec(seed, {
				layout: { ...randomFormSpec(seed).layout, footnote: true, contactSheet: seed % 2 === 0, padding: seed % 3 === 0, title: 'row2' }
			});
			if (spec.template === 'reworded') spec.values['x.leaflets'] = 300;
			const g = await makeFormWorkbook(spec);
			const r = processFile({ name: g.fileName, bytes: g.bytes });
			const s = expectAccounted(g.bytes, g.fileName, r);
			const listed = new Set(r.ledger.filter((e) => e.sheet === g.sheetName).map((e) => e.cell));
			expect(g.nonEmptyCells.filter((c) => !listed.has(c)), `seed ${seed}`).toEqual([]);
			expect(s.factCells, `seed ${seed}`).toBeGreaterThan(0);
			expect(s.ignoredByReason.footnote ?? 0, `seed ${seed}`).toBeGreaterThan(0);
		}
	});

	it('a long GBK CSV with a title line, 合计 row, footnote, empty 数值 and whitespace-only cells', () => {
		const lines = [
			'2023年安全生产月活动明细,,,,,',
			'年度,地区,单位,活动,指标,数值',
			'2023,合水县,太白镇,6·16咨询日,参与（人次）,88',
			'2023,合水县,太白镇,应急演练,开展灾害避险逃生、自救互救演练（场）,3',
			'2023,合水县,太白镇,应急演练,发放宣传资料（份）,500',
			'2023,合水县,板桥镇,应急演练,开展灾害避险逃生、自救互救演练（场）,',
			'2023,合水县,板桥镇,应急演练,开展灾害避险逃生、自救互救演练（场）,  ',
			'2023,合水县,合计,,,91',
			',,   ,,,',
			'注：数据截至6月30日。,,,,,'
		];
		const bytes = new Uint8Array(iconv.encode(lines.join('\r\n') + '\r\n', 'gbk'));
		const name = '2023年明细.csv';
		const r = processFile({ name, bytes });
		const s = expectAccounted(bytes, name, r);
		expect(r.sheets[0].shape).toBe('long');
		for (const reason of ['title', 'header', 'total-row', 'footnote', 'key']) expect(Object.keys(s.ignoredByReason), reason).toContain(reason);
		expect(s.factCells + s.unmapped).toBe(3);
		expect(r.facts).toHaveLength(3);
	});
});
