/**
 * Word and WPS files in the browser: a mixed batch (.xlsx, .xls, .docx with
 * Wingdings check boxes, a WPS .et, an RTF saved as .doc, a Word 97 .doc written by LibreOffice,
 * a Word 6/95-era .doc) dropped at once. The KPIs equal the Node pipeline's on the same bytes;
 * the Word 6 .doc shows its message; the
 * Word reader is fetched only once a Word file arrives; the Word collection template downloads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { openApp, ready, kpi, type App } from './harness';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import type { Fact } from '../../src/lib/facts/fact';
import { formLayout, makeFormWorkbook, randomFormSpec } from '../fixtures/forms';
import { docxByHand } from '../fixtures/forms-docx';
import { formRtf } from '../fixtures/forms-rtf';
import { docsByLibreOffice } from '../fixtures/forms-doc';

const dir = mkdtempSync(join(tmpdir(), 'e2e-word-'));
const files: string[] = [];
let app: App;
let facts: Fact[];
/** Scripts fetched so far that hold the Word reader (its walk names gridBefore; nothing else does). */
const wordReaderScripts: string[] = [];

async function makeInputs() {
	const put = (name: string, bytes: Uint8Array) => {
		writeFileSync(join(dir, name), bytes);
		files.push(join(dir, name));
	};
	const xlsx = randomFormSpec(51, { unit: '正宁县山河镇人民政府', format: 'xlsx', year: 2021, filedOn: '2021-06-24' });
	put('山河镇.xlsx', (await makeFormWorkbook(xlsx)).bytes);
	const xls = randomFormSpec(52, { unit: '正宁县永和镇人民政府', format: 'xls', year: 2021, filedOn: '2021-06-24' });
	put('永和镇.xls', (await makeFormWorkbook(xls)).bytes);
	const docx = randomFormSpec(53, { unit: '正宁县宫河镇人民政府', year: 2021, filedOn: '2021-06-24', checkStyle: 'boxes' });
	put('宫河镇.docx', docxByHand(formLayout(docx).sheets, 'wingdings'));
	const et = randomFormSpec(54, { unit: '正宁县周家镇人民政府', format: 'xls', year: 2021, filedOn: '2021-06-24' });
	put('周家镇.et', (await makeFormWorkbook(et)).bytes);
	const rtf = randomFormSpec(55, { unit: '正宁县湫头乡人民政府', year: 2021, filedOn: '2021-06-24', checkStyle: 'boxes' });
	put('湫头乡.doc', formRtf(formLayout(rtf).sheets, { boxes: 'symbol-field', unicode: true }));
	const binary = randomFormSpec(56, { unit: '正宁县榆林子镇人民政府', year: 2021, filedOn: '2021-06-24', checkStyle: 'boxes' });
	put('榆林子镇.doc', docsByLibreOffice(mkdtempSync(join(tmpdir(), 'e2e-doc-')), { 榆林子镇: docxByHand(formLayout(binary).sheets, 'wingdings2') }).榆林子镇);
	// Not a Word 97 document inside (as Word 6/95 wrote them): refused with what to do.
	const cfb = XLSX.CFB.utils.cfb_new();
	XLSX.CFB.utils.cfb_add(cfb, 'WordDocument', new Uint8Array(4096).fill(7));
	put('旧版.doc', new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>));
}

function expectedTotals(facts: Fact[]) {
	const ok = facts.filter((f) => f.status === 'ok' && f.value !== null);
	const sum = (fam: string) => ok.filter((f) => f.family === fam).reduce((s, f) => s + f.value!, 0);
	return { participation: sum('P'), hazards: sum('H'), media: sum('M'), sessions: sum('S'), units: new Set(ok.map((f) => `${f.region}/${f.unit}`)).size };
}

beforeAll(async () => {
	await makeInputs();
	facts = resolveFilings(files.map((f) => processFile({ name: f.split('/').pop()!, bytes: new Uint8Array(readFileSync(f)) })));
	app = await openApp('/?demo=0');
	app.page.context().on('response', async (r) => {
		if (!r.url().endsWith('.js')) return;
		const body = await r.text().catch(() => '');
		if (body.includes('gridBefore')) wordReaderScripts.push(r.url());
	});
}, 120_000);
afterAll(async () => {
	await app?.close();
});

describe('Word and WPS files in the browser', () => {
	it('a mixed batch: the KPIs equal the Node pipeline on the same bytes (the Word 97 .doc read); a Word 6 .doc says to save it as .docx', async () => {
		const { page } = app;
		expect(wordReaderScripts).toEqual([]);
		await page.getByTestId('file-input').setInputFiles(files);
		await ready(page);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(7);
		const want = expectedTotals(facts);
		expect(want.units).toBe(6);
		expect(facts.some((f) => f.file === '榆林子镇.doc' && f.family === 'F')).toBe(true);
		for (const k of ['participation', 'hazards', 'media', 'sessions', 'units'] as const) expect(await kpi(page, k), k).toBe(want[k]);
		const doc = page.getByTestId('file-row').filter({ hasText: '旧版.doc' });
		await expect.poll(() => doc.innerText()).toMatch(/另存为.*\.docx|Save it as \.docx/);
		// The Word reader (RTF's too) came as its own script, once a Word file arrived.
		expect(wordReaderScripts.length).toBe(1);
	});

	it('the collection template as a Word form: made in the browser (the docx library, on demand), it reads back as an untouched form', async () => {
		const { page } = app;
		await page.getByTestId('tab-report').click();
		await ready(page);
		await page.getByTestId('template-year').fill('2025');
		await page.getByTestId('template-kind').selectOption('2021');
		const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('template-download-docx').click()]);
		expect(d.suggestedFilename()).toBe('2025年安全生产月活动进展情况统计表（2021年版）.docx');
		const path = join(dir, 'template.docx');
		await d.saveAs(path);
		const r = processFile({ name: 'template.docx', bytes: new Uint8Array(readFileSync(path)) });
		expect(r.error).toBeNull();
		expect(r.sheets).toEqual([{ name: '表1', shape: 'form', hidden: false }]);
		expect(r.facts).toEqual([]);
		expect(r.filings[0].year).toBe(2025);
	});
});
