import type { FileResult } from '../facts/fact';
import type { Check } from './types';
import { countedResults } from './batch';
import { makeCheck } from './source';

/**
 * 小计/合计 rows that disagree with their rows. The wide reader already
 * compares them while it reads (problem `total.mismatch`); this only surfaces
 * those problems as checks, it does not add them up again.
 */
export function totalMismatches(results: FileResult[]): Check[] {
	const checks: Check[] = [];
	for (const r of countedResults(results))
		for (const p of r.problems) {
			if (p.code !== 'total.mismatch') continue;
			const sheet = p.sheet ?? '';
			checks.push(makeCheck('total.mismatch', { zh: `${r.file}：${p.zh}`, en: `${r.file}: ${p.en}` }, [{ fileId: r.fileId, file: r.file, sheet, cell: p.cell ?? '' }]));
		}
	return checks;
}
