import type { Fact } from '../facts/fact';
import type { Check, CheckSource } from './types';
import { makeCheck } from './source';

/** A file (one check per file) with facts whose year could not be determined. */
export function unknownYears(facts: Fact[]): Check[] {
	const byFile = new Map<string, { file: string; count: number; sheets: Map<string, CheckSource> }>();
	for (const f of facts) {
		if (f.year !== null || f.status === 'superseded') continue;
		let g = byFile.get(f.fileId);
		if (!g) byFile.set(f.fileId, (g = { file: f.file, count: 0, sheets: new Map() }));
		g.count++;
		if (!g.sheets.has(f.sheet)) g.sheets.set(f.sheet, { fileId: f.fileId, file: f.file, sheet: f.sheet, cell: '' });
	}
	return [...byFile.values()].map((g) =>
		makeCheck(
			'year.unknown',
			{
				zh: `无法确定文件“${g.file}”的年度（${g.count} 个数据没有年度），请在文件列表中指定。`,
				en: `The year of "${g.file}" could not be determined (${g.count} values have no year); set it in the file list.`
			},
			[...g.sheets.values()]
		)
	);
}
