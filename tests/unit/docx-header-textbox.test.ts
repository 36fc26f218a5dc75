/**
 * What a .docx form keeps outside its body's plain paragraphs: the title and
 * the 填报单位／填报日期 lines in the page header or in a text box, and spans
 * written with the old w:hMerge. Documents written by the `docx` library,
 * by hand as Word 95-era writers did, and re-saved by LibreOffice Writer
 * (the docx library writes a text box in VML, LibreOffice as DrawingML inside
 * mc:AlternateContent; Word's own two copies are docx-xml.test's). Each gives
 * exactly the facts of the same form as .xlsx.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/lib/pipeline';
import { formLayout, makeFormWorkbook, type FormSpec } from '../fixtures/forms';
import { docxByHand, docxByLibrary, type LinesAbove } from '../fixtures/forms-docx';
import { DOCX_CASES, docxName, expectSameFacts } from '../fixtures/docx-cases';

async function compare(spec: FormSpec, bytes: Uint8Array) {
	const g = await makeFormWorkbook(spec);
	const xlsx = processFile({ name: g.fileName, bytes: g.bytes });
	const docx = processFile({ name: docxName(g.fileName), bytes });
	expectSameFacts(xlsx, docx, spec);
	return docx;
}

describe('.docx forms with their lines in the page header or a text box, or spans as w:hMerge', () => {
	for (const where of ['header', 'textbox'] as LinesAbove[])
		it(`the lines above the table in a ${where === 'header' ? 'page header' : 'text box'} (docx library): the same facts`, async () => {
			for (const [, spec] of DOCX_CASES) await compare(spec, await docxByLibrary(formLayout(spec).sheets, where));
		});

	it('a header line is named as the page header’s, not as a body paragraph', async () => {
		const spec = DOCX_CASES[3][1];
		const r = await compare(spec, await docxByLibrary(formLayout(spec).sheets, 'header'));
		expect(r.ledger.some((e) => /^表1!页眉\d+$/.test(`${e.sheet}!${e.cell}`))).toBe(true);
	});

	it('spans across written as w:hMerge: the same facts', async () => {
		for (const [, spec] of DOCX_CASES) await compare(spec, docxByHand(formLayout(spec).sheets, 'wingdings', 0, true));
	});
});

describe('re-saved by LibreOffice Writer', () => {
	it('header and text box forms, converted to .docx by LibreOffice: the same facts', { timeout: 300_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'lo-hdr-'));
		const profile = mkdtempSync(join(tmpdir(), 'lo-t20-'));
		// Not the case with the 联络员 table first: with the lines above the form moved away, the two tables touch and Writer joins them into one.
		const cases = [0, 2, 3, 5].map((i) => DOCX_CASES[i][1]);
		const files: string[] = [];
		for (const [i, spec] of cases.entries())
			for (const where of ['header', 'textbox'] as LinesAbove[]) {
				const f = join(dir, `${where}${i}.docx`);
				writeFileSync(f, await docxByLibrary(formLayout(spec).sheets, where));
				files.push(f);
			}
		const out = join(dir, 'lo');
		try {
			execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, ...files], { stdio: 'pipe', timeout: 240_000 });
		} finally {
			rmSync(profile, { recursive: true, force: true });
		}
		for (const [i, spec] of cases.entries())
			for (const where of ['header', 'textbox'] as LinesAbove[]) {
				const path = join(out, `${where}${i}.docx`);
				if (where === 'textbox') {
					const xml = execFileSync('unzip', ['-p', path, 'word/document.xml']).toString();
					expect(xml).toMatch(/<mc:Choice Requires="wps">[\s\S]*<w:txbxContent>[\s\S]*<mc:Fallback>/);
				}
				await compare(spec, new Uint8Array(readFileSync(path)));
			}
	});
});
