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
		const date = latest ? { zh: `填报日期同为 ${latest}`, en: `all dated ${latest}` } : { zh: '均未注明填报日期（文件名和保存日期也没有）', en: 'none states a filing date (nor does its file name or saved date)' };
		const sources: CheckSource[] = tied.map((c) => ({ fileId: c.fileId, file: c.file, sheet: c.sheet, cell: c.cell }));
		checks.push(
			makeCheck(
				'filing.same-date',
				{
					zh: `${who.zh}有 ${tied.length} 份填报（${tied.map(names).join('、')}），${date.zh}，无法判断哪一份是最终填报。暂按最后导入的 ${names(winner)} 计，其余标为已被替代（仍可查看）；请确认哪一份为准，移除不用的文件。`,
					en: `${who.en} has ${tied.length} filings (${tied.map(namesEn).join(', ')}), ${date.en}, so which is the final one cannot be told. For now the one imported last, ${namesEn(winner)}, counts and the others are marked superseded (still shown); please pick the right one and remove the file(s) you do not want.`
				},
				sources,
				{ unit: g.unit, region: g.region, year: g.year }
			)
		);
	}
	return checks;
}
