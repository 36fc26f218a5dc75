/**
 * RTF forms written by real office software: LibreOffice Writer saves the
 * forms as RTF, from HTML (rowspan/colspan) and from .docx files with Word's
 * Wingdings check boxes, each generated here. Each RTF, whatever name it
 * comes under (.rtf, .doc as mail systems send it, .wps), gives exactly the
 * facts of the same form as .xlsx.
 */
import { describe, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/lib/pipeline';
import { formLayout, makeFormWorkbook, type FormSpec } from '../fixtures/forms';
import { docxByHand, formHtml } from '../fixtures/forms-docx';
import { DOCX_CASES, expectSameFacts } from '../fixtures/docx-cases';

/** Converts the files to RTF with LibreOffice Writer (its own profile, so runs never share one). */
function toRtf(dir: string, files: string[], filter?: string): void {
	const profile = mkdtempSync(join(tmpdir(), 'lo-t20-'));
	try {
		execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...(filter ? [`--infilter=${filter}`] : []), '--convert-to', 'rtf', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 240_000 });
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}

const NAMES = ['.rtf', '.doc', '.wps'];

describe('RTF forms saved by LibreOffice Writer', () => {
	const dir = mkdtempSync(join(tmpdir(), 'lo-rtf-'));
	const specs: FormSpec[] = DOCX_CASES.map(([, spec]) => spec);

	it('from HTML: the same facts as each form as .xlsx, under .rtf, .doc and .wps names', { timeout: 300_000 }, async () => {
		specs.forEach((spec, i) => writeFileSync(join(dir, `form${i}.html`), formHtml(formLayout(spec).sheets)));
		toRtf(dir, specs.map((_, i) => join(dir, `form${i}.html`)), 'HTML (StarWriter)');
		for (const [i, spec] of specs.entries()) {
			const g = await makeFormWorkbook(spec);
			const xlsx = processFile({ name: g.fileName, bytes: g.bytes });
			const name = g.fileName.replace(/\.xlsx$/, NAMES[i % NAMES.length]);
			const rtf = processFile({ name, bytes: new Uint8Array(readFileSync(join(dir, `form${i}.rtf`))) });
			expectSameFacts(xlsx, rtf, spec, 0, 'rtf');
		}
	});

	it('from .docx with Wingdings and Wingdings 2 check boxes: the same facts', { timeout: 300_000 }, async () => {
		const picked = [0, 3, 5, 6];
		picked.forEach((i) => writeFileSync(join(dir, `word${i}.docx`), docxByHand(formLayout(specs[i]).sheets, i % 2 ? 'wingdings2' : 'wingdings')));
		toRtf(dir, picked.map((i) => join(dir, `word${i}.docx`)));
		for (const i of picked) {
			const g = await makeFormWorkbook(specs[i]);
			const xlsx = processFile({ name: g.fileName, bytes: g.bytes });
			const rtf = processFile({ name: g.fileName.replace(/\.xlsx$/, '.doc'), bytes: new Uint8Array(readFileSync(join(dir, `word${i}.rtf`))) });
			expectSameFacts(xlsx, rtf, specs[i], 0, 'rtf');
		}
	});
});
