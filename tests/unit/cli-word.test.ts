/**
 * The normalize CLI on a folder of what units send back: Word forms are read
 * (the same rows as the same forms in Excel), WPS .et spreadsheets by their
 * content, Word 97 .doc files are read (a Word 6/95 one and PDF files give error rows saying why), anything
 * else is counted as skipped in the summary line — never passed over in silence.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import * as XLSX from '@e965/xlsx';
import { formLayout, makeFormWorkbook, randomFormSpec } from '../fixtures/forms';
import { docxByHand, docxByLibrary } from '../fixtures/forms-docx';
import { docsByLibreOffice } from '../fixtures/forms-doc';
import { formRtf } from '../fixtures/forms-rtf';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'src/cli/normalize.ts');
type Row = Record<string, string>;

function normalize(args: string[]) {
	const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });
	return { code: r.status, rows: Papa.parse<Row>(r.stdout.trim(), { header: true }).data, stderr: r.stderr };
}

/** A row's content without where in the file it came from (a Word table names its cells differently). */
const content = (x: Row) => [x.unit, x.region, x.year, x.activity_id, x.metric_id, x.label, x.value, x.text, x.status].join('|');

describe('normalize CLI on Word and WPS files', () => {
	it('a folder of Word forms: read, the same rows as the same forms in Excel, exit 0', async () => {
		const word = mkdtempSync(join(tmpdir(), 'cli-word-'));
		const excel = mkdtempSync(join(tmpdir(), 'cli-excel-'));
		for (const seed of [21, 22, 23]) {
			const spec = randomFormSpec(seed, { format: 'xlsx', fileName: `单位${seed}.xlsx`, layout: { contactSheet: false } });
			writeFileSync(join(excel, `单位${seed}.xlsx`), (await makeFormWorkbook(spec)).bytes);
			writeFileSync(join(word, `单位${seed}.docx`), await docxByLibrary(formLayout(spec).sheets));
		}
		const w = normalize([word]);
		const x = normalize([excel]);
		expect(w.code, w.stderr).toBe(0);
		expect(w.stderr).toMatch(/^3 个文件 \/ files/);
		expect(w.rows.length).toBeGreaterThan(20);
		expect(new Set(w.rows.map((r) => r.sheet))).toEqual(new Set(['表1']));
		const strip = (r: Row) => `${r.file.replace(/\.docx$|\.xlsx$/, '')}|${content(r)}`;
		expect(w.rows.map(strip).sort()).toEqual(x.rows.map(strip).sort());
	});

	it('a mixed folder: .et read by content, an RTF .doc and a Word 97 .doc read, a Word 6 .doc and a .pdf as error rows with the reason, the rest counted as skipped', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-mixed-'));
		const spec = randomFormSpec(31, { format: 'xls', unit: '正宁县山河镇人民政府' });
		writeFileSync(join(dir, '山河镇.et'), (await makeFormWorkbook(spec)).bytes);
		const rtf = randomFormSpec(32, { format: 'xlsx', unit: '正宁县宫河镇人民政府' });
		writeFileSync(join(dir, '宫河镇.doc'), formRtf(formLayout(rtf).sheets, { boxes: 'wingdings', unicode: false }));
		const binary = randomFormSpec(33, { format: 'xlsx', unit: '正宁县永和镇人民政府', checkStyle: 'boxes' });
		docsByLibreOffice(dir, { 永和镇: docxByHand(formLayout(binary).sheets, 'wingdings') });
		unlinkSync(join(dir, '永和镇.docx'));
		const cfb = XLSX.CFB.utils.cfb_new();
		XLSX.CFB.utils.cfb_add(cfb, 'WordDocument', new Uint8Array(4096).fill(7));
		writeFileSync(join(dir, '旧版.doc'), new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>));
		writeFileSync(join(dir, '扫描件.pdf'), '%PDF-1.4\n%%EOF\n');
		writeFileSync(join(dir, '说明.txt'), '请于6月8日前报送。');
		writeFileSync(join(dir, '照片.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
		writeFileSync(join(dir, '~$山河镇.docx'), new Uint8Array([1, 2, 3]));
		const r = normalize([dir]);
		expect(r.code).toBe(1);
		expect(r.rows.filter((x) => x.file === '山河镇.et' && x.status === 'ok').length).toBeGreaterThan(5);
		const fromRtf = r.rows.filter((x) => x.file === '宫河镇.doc' && x.status === 'ok');
		expect(fromRtf.length).toBeGreaterThan(5);
		expect(new Set(fromRtf.map((x) => x.unit))).toEqual(new Set(['正宁县宫河镇人民政府']));
		const fromDoc = r.rows.filter((x) => x.file === '永和镇.doc' && x.status === 'ok');
		expect(fromDoc.length).toBeGreaterThan(5);
		expect(new Set(fromDoc.map((x) => `${x.unit}|${x.sheet}`))).toEqual(new Set(['正宁县永和镇人民政府|表1']));
		const doc = r.rows.find((x) => x.file === '旧版.doc')!;
		expect(doc.status).toBe('error');
		expect(doc.text).toContain('请在 Word 或 WPS 中“另存为”.docx 后再导入');
		const pdf = r.rows.find((x) => x.file === '扫描件.pdf')!;
		expect(pdf.status).toBe('error');
		expect(pdf.text).toMatch(/PDF/);
		expect(pdf.text).not.toMatch(/只改了扩展名/);
		expect(r.stderr).toMatch(/5 个文件 \/ files .* 2 个无法读取或没有数据 \/ unreadable or without data · 3 个已跳过/);
	});
});
