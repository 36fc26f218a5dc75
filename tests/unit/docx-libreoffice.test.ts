/**
 * Word forms written by real office software: LibreOffice Writer converts the
 * forms (as HTML with rowspan/colspan, generated here) to .docx and to Word 97
 * .doc. Each .docx and each .doc gives exactly the facts of the same form as .xlsx.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/lib/pipeline';
import { formLayout, makeFormWorkbook, type FormSpec } from '../fixtures/forms';
import { formHtml } from '../fixtures/forms-docx';
import { DOCX_CASES, expectSameFacts } from '../fixtures/docx-cases';

/** Converts every .html in `dir` with LibreOffice Writer (its own profile, so runs never share one). */
function soffice(dir: string, to: string): void {
	const profile = mkdtempSync(join(tmpdir(), 'lo-w20-'));
	try {
		const files = DOCX_CASES.map((_, i) => join(dir, `form${i}.html`));
		execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', to, '--outdir', dir, ...files], { stdio: 'pipe', timeout: 240_000 });
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}

describe('forms converted by LibreOffice Writer', () => {
	const dir = mkdtempSync(join(tmpdir(), 'lo-forms-'));
	const specs: FormSpec[] = DOCX_CASES.map(([, spec]) => spec);
	specs.forEach((spec, i) => writeFileSync(join(dir, `form${i}.html`), formHtml(formLayout(spec).sheets)));

	it('to .docx: the same facts as each form as .xlsx', { timeout: 300_000 }, async () => {
		soffice(dir, 'docx');
		for (const [i, spec] of specs.entries()) {
			const g = await makeFormWorkbook(spec);
			const xlsx = processFile({ name: g.fileName, bytes: g.bytes });
			const docx = processFile({ name: g.fileName.replace(/\.xlsx$/, '.docx'), bytes: new Uint8Array(readFileSync(join(dir, `form${i}.docx`))) });
			expectSameFacts(xlsx, docx, spec);
		}
	});

	it('to Word 97 .doc: the same facts as each form as .xlsx', { timeout: 300_000 }, async () => {
		soffice(dir, 'doc:MS Word 97');
		for (const [i, spec] of specs.entries()) {
			const g = await makeFormWorkbook(spec);
			const xlsx = processFile({ name: g.fileName, bytes: g.bytes });
			const doc = processFile({ name: g.fileName.replace(/\.xlsx$/, '.doc'), bytes: new Uint8Array(readFileSync(join(dir, `form${i}.doc`))) });
			expectSameFacts(xlsx, doc, spec, 0, 'doc');
		}
	});
});
