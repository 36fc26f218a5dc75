/**
 * A form typed out as paragraphs, with no table (tests/fixtures/forms-paragraphs.ts): each case as a
 * real .docx and a real .xlsx (lines in column A), then the .docx converted by LibreOffice Writer to
 * Word 97 .doc, to RTF and to HTML (read under a .doc name). Every number lands on its metric (or
 * stays unmapped) with the paragraph it was written in; the unit, date and year come from the lines
 * (or a sign-off under the items); a document with no item to read is still an error row with its
 * reason in Chinese and English.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/lib/pipeline';
import { NOT_A_FORM, PARAGRAPH_FORMS, paragraphDocx, paragraphXlsx, type ParagraphFormCase } from '../fixtures/forms-paragraphs';

type Result = ReturnType<typeof processFile>;

function expectCase(r: Result, c: ParagraphFormCase, format: string) {
	expect(r.error).toBeNull();
	expect(r.sheets.map((s) => s.shape)).toEqual(['form']);
	const numbers = r.facts.filter((f) => f.family !== 'F' && f.value !== null);
	expect(Object.fromEntries(numbers.map((f) => [f.value, f.status === 'ok' ? f.metricId : null]))).toEqual(c.want);
	expect(numbers).toHaveLength(Object.keys(c.want).length);
	const flags = r.facts.filter((f) => f.family === 'F' || f.label.includes('是否'));
	expect(Object.fromEntries(flags.map((f) => [f.metricId, f.value]))).toEqual(c.flags ?? {});
	expect(r.filings.map((f) => [f.unit, f.filedOn, f.year])).toEqual([[c.unit, c.filedOn, c.year]]);
	for (const f of r.facts) {
		expect(f.unit).toBe(c.unit);
		// A Word paragraph is named as in the document; a line of a sheet by its cell in column A.
		expect(f.cell).toMatch(format === 'xlsx' ? /^A\d+$/ : /^段\d+$/);
	}
}

/** The fact of `value` sits in the paragraph that holds it. */
function expectInItsParagraph(r: Result, lines: string[], value: number, head = 0) {
	const f = r.facts.find((x) => x.value === value);
	const n = Number(f?.cell?.replace('段', ''));
	expect(lines[n - 1 - head]).toContain(String(value === 0 ? '无' : value));
}

describe('a form written as paragraphs, no table', () => {
	for (const c of PARAGRAPH_FORMS)
		it(c.about, async () => {
			const docx = processFile({ name: 'form.docx', bytes: await paragraphDocx(c) });
			expectCase(docx, c, 'docx');
			for (const v of Object.keys(c.want)) expectInItsParagraph(docx, c.lines, Number(v));
			expectCase(processFile({ name: 'form.xlsx', bytes: await paragraphXlsx(c) }), c, 'xlsx');
		});

	it('every paragraph has its line in the ledger: read, unmapped, or ignored with a reason', async () => {
		const c = PARAGRAPH_FORMS[0];
		const r = processFile({ name: 'form.docx', bytes: await paragraphDocx(c) });
		expect(r.ledger.map((l) => l.cell)).toEqual(c.lines.map((_, i) => `段${i + 1}`));
		const at = (n: number) => r.ledger.find((l) => l.cell === `段${n}`);
		expect(at(1)).toMatchObject({ disposition: 'ignored', reason: 'title' });
		expect(at(2)).toMatchObject({ disposition: 'ignored', reason: 'filing-info' });
		expect(at(4)).toMatchObject({ disposition: 'ignored', reason: 'activity-label' });
		expect(at(5)).toMatchObject({ disposition: 'fact' });
		expect(at(8)).toMatchObject({ disposition: 'unmapped' });
	});

	it('a document with neither a table nor an item to read is an error with its reason in Chinese and English', async () => {
		for (const [name, bytes] of [
			['notice.docx', await paragraphDocx({ lines: NOT_A_FORM })],
			['notice.xlsx', await paragraphXlsx({ lines: NOT_A_FORM })]
		] as const) {
			const r = processFile({ name, bytes });
			expect(r.facts).toEqual([]);
			expect(r.error).toMatchObject({ code: 'read.no-table' });
			expect(r.error?.zh).toMatch(/没有可识别的统计表/);
			expect(r.error?.en).toMatch(/No statistics table/);
		}
	});
});

describe('a form written as paragraphs, saved by LibreOffice Writer as Word 97 .doc (and under a .wps name), as RTF and as HTML named .doc', () => {
	it('gives the facts the .docx gives', { timeout: 300_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'f21-paragraphs-'));
		const profile = mkdtempSync(join(tmpdir(), 'lo-f21-'));
		try {
			const files = await Promise.all(
				PARAGRAPH_FORMS.map(async (c, i) => {
					const file = join(dir, `form${i}.docx`);
					writeFileSync(file, await paragraphDocx(c));
					return file;
				})
			);
			for (const to of ['doc:MS Word 97', 'rtf', 'html:HTML (StarWriter)'])
				execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', dir, ...files], { stdio: 'pipe', timeout: 240_000 });
			for (const [i, c] of PARAGRAPH_FORMS.entries())
				for (const [ext, format, named] of [
					['doc', 'doc', 'doc'],
					// WPS Writer's .wps is a Word 97 compound file; the RTF and HTML Word saves go under a .doc name too.
					['doc', 'doc', 'wps'],
					['rtf', 'rtf', 'doc'],
					['html', 'html', 'doc']
				]) {
					const name = `form${i}.${named}`;
					const r = processFile({ name, bytes: new Uint8Array(readFileSync(join(dir, `form${i}.${ext}`))) });
					expect(r.format).toBe(format);
					expectCase(r, c, format);
				}
		} finally {
			rmSync(dir, { recursive: true, force: true });
			rmSync(profile, { recursive: true, force: true });
		}
	});
});
