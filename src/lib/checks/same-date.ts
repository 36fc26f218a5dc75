import type { FileResult } from '../facts/fact';
import type { Check, CheckSource } from './types';
import { countedResults } from './batch';
import { makeCheck, unitYear } from './source';

interface Candidate {
	fileId: string;
	file: string;
	sheet: string;
	filedOn: string;
	order: number;
	/** The first cell of the filing's facts, to point at. */
	cell: string;
}

/**
 * One unit, region and year filed twice (from different files or sheets) on
 * the same date. Only a tie on the latest date matters: that is where
 * resolveFilings cannot go by the date and takes the later import. (Ties on an
 * earlier date are superseded by the later filing either way.)
 */
export function sameDateFilings(results: FileResult[]): Check[] {
	const groups = new Map<string, { unit: string; region: string; year: number | null; sources: Map<string, Candidate> }>();
	countedResults(results).forEach((r, order) => {
		const firstCell = new Map<string, string>();
		for (const x of r.facts) {
			const k = `${x.sheet}\u0000${x.region}\u0000${x.unit}\u0000${x.year ?? ''}`;
			if (!firstCell.has(k)) firstCell.set(k, x.cell);
		}
		for (const f of r.filings) {
			const key = `${f.region}\u0000${f.unit}\u0000${f.year ?? ''}`;
			let g = groups.get(key);
			if (!g) groups.set(key, (g = { unit: f.unit, region: f.region, year: f.year, sources: new Map() }));
			const source = `${r.fileId}\u0000${f.sheet}`;
			if (g.sources.has(source)) continue;
			const cell = firstCell.get(`${f.sheet}\u0000${f.region}\u0000${f.unit}\u0000${f.year ?? ''}`) ?? '';
			g.sources.set(source, { fileId: r.fileId, file: r.file, sheet: f.sheet, filedOn: f.filedOn ?? '', order, cell });
		}
	});

	const checks: Check[] = [];
	for (const g of groups.values()) {
		const all = [...g.sources.values()];
		if (all.length < 2) continue;
		const latest = all.reduce((d, c) => (c.filedOn > d ? c.filedOn : d), '');
		const tied = all.filter((c) => c.filedOn === latest).sort((a, b) => a.order - b.order);
		if (tied.length < 2) continue;
		const winner = tied[tied.length - 1];
		const who = unitYear(g);
		const names = (c: Candidate) => (c.sheet ? `${c.file}（${c.sheet}）` : c.file);
		const namesEn = (c: Candidate) => (c.sheet ? `${c.file} (${c.sheet})` : c.file);
		const date = latest ? { zh: `填报日期同为 ${latest}`, en: `both dated ${latest}` } : { zh: '均未注明填报日期', en: 'none states a filing date' };
		const sources: CheckSource[] = tied.map((c) => ({ fileId: c.fileId, file: c.file, sheet: c.sheet, cell: c.cell }));
		checks.push(
			makeCheck(
				'filing.same-date',
				{
					zh: `${who.zh}有 ${tied.length} 份填报（${tied.map(names).join('、')}），${date.zh}；采用最后导入的 ${names(winner)}，其余标为已被替代。`,
					en: `${who.en} has ${tied.length} filings (${tied.map(namesEn).join(', ')}), ${date.en}; the one imported last, ${namesEn(winner)}, counts and the others are marked superseded.`
				},
				sources,
				{ unit: g.unit, region: g.region, year: g.year }
			)
		);
	}
	return checks;
}
