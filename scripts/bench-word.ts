/**
 * How fast a Word form (.docx, RTF as Word writes it, a Word 97 .doc as LibreOffice writes it) is read beside the same form as .xlsx: the generated
 * forms (tests/fixtures) of each template written both ways, each read many
 * times through processFile (bytes → facts): the fastest round per file (on a
 * shared machine the median is mostly other processes' noise) and the median.
 * Prints numbers; run with `npx tsx scripts/bench-word.ts` (ROUNDS=n).
 */
import { performance } from 'node:perf_hooks';
import { processFile } from '../src/lib/pipeline';
import { formLayout, makeFormWorkbook, randomValues, rng, type FormSpec } from '../tests/fixtures/forms';
import { docxByHand, docxByLibrary } from '../tests/fixtures/forms-docx';
import { formRtf } from '../tests/fixtures/forms-rtf';
import { docsByLibreOffice } from '../tests/fixtures/forms-doc';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROUNDS = Number(process.env.ROUNDS ?? 40);

function timeMs(bytes: Uint8Array, name: string): { best: number; median: number } {
	const times: number[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		const t = performance.now();
		const r = processFile({ name, bytes });
		times.push(performance.now() - t);
		if (r.error) throw new Error(`${name}: ${r.error.en}`);
	}
	times.sort((a, b) => a - b);
	return { best: times[0], median: times[times.length >> 1] };
}

const show = (t: { best: number; median: number }) => `${t.best.toFixed(2)} ms (median ${t.median.toFixed(2)})`;

for (const template of ['2020', '2021', 'reworded'] as const) {
	const spec: FormSpec = { unit: '正宁县山河镇人民政府', year: 2021, filedOn: '2021-06-24', template, values: randomValues(template, rng(7)), seed: 7, notation: 'mixed', checkStyle: 'boxes', format: 'xlsx' };
	const xlsx = (await makeFormWorkbook(spec)).bytes;
	const lib = await docxByLibrary(formLayout(spec).sheets);
	const word = docxByHand(formLayout(spec).sheets, 'wingdings');
	const rtf = formRtf(formLayout(spec).sheets, { boxes: 'wingdings', unicode: true });
	// The same .docx saved as Word 97 .doc by LibreOffice Writer (soffice, a few seconds per form).
	const doc = docsByLibreOffice(mkdtempSync(join(tmpdir(), 'bench-doc-')), { form: word }).form;
	// Warm up every path once (JIT, the lazily built tables).
	for (const [b, n] of [[xlsx, 'a.xlsx'], [lib, 'a.docx'], [word, 'b.docx'], [rtf, 'c.doc'], [doc, 'd.doc']] as const) timeMs(b, n);
	const x = timeMs(xlsx, 'a.xlsx');
	const l = timeMs(lib, 'a.docx');
	const w = timeMs(word, 'b.docx');
	const r = timeMs(rtf, 'c.doc');
	const d = timeMs(doc, 'd.doc');
	console.log(
		`${template}: .xlsx ${show(x)} · .docx by the docx library ${show(l)}, ${(x.best / l.best).toFixed(2)}× the .xlsx speed · ` +
			`.docx as Word writes it ${show(w)}, ${(x.best / w.best).toFixed(2)}× · RTF as Word writes it (${(rtf.length / 1024).toFixed(0)} KB) ${show(r)}, ${(x.best / r.best).toFixed(2)}× · ` +
			`Word 97 .doc (${(doc.length / 1024).toFixed(0)} KB) ${show(d)}, ${(x.best / d.best).toFixed(2)}×`
	);
}
