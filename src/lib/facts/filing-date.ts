/**
 * When a filing states no 填报日期, the date it was sent is still written
 * somewhere: in the file name (`…（6月28日）.xlsx`, `(6.28)`, `-0628`,
 * `20210628`), or else in the workbook's own saved date. In that order, they
 * date the filing so that a final report still wins over an interim one.
 */
import type { Fact, Filing } from './fact';

export type FiledFrom = 'file-name' | 'saved';

function iso(y: number, m: number, d: number): string | null {
	if (m < 1 || m > 12 || d < 1 || d > 31) return null;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Digits that stand alone in a name (no digit on either side). */
const ALONE = (re: string) => new RegExp(`(?<![0-9])${re}(?![0-9])`);
const FULL_DATE = ALONE('(20\\d{2})[.\\-_/年](\\d{1,2})[.\\-_/月](\\d{1,2})');
const COMPACT_FULL = ALONE('(20\\d{2})(\\d{2})(\\d{2})');
const MONTH_DAY_CN = /(?<![0-9])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/;
const MONTH_DAY_DOT = ALONE('(\\d{1,2})[.．](\\d{1,2})');
/** `-0628`, `_0628`, `（0628）`, `0628统计`: four digits that read as a month and a day. */
const COMPACT = ALONE('(0[1-9]|1[0-2])([0-2][0-9]|3[01])');

/**
 * The date a file name carries, as ISO `YYYY-MM-DD`; `year` dates a month and day
 * written alone. A full date whose year is not the filing's is no filing date of it.
 */
export function dateFromFileName(name: string, year: number | null): string | null {
	const base = name.normalize('NFKC').replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{2,4}$/, '');
	const full = COMPACT_FULL.exec(base) ?? FULL_DATE.exec(base);
	if (full) {
		const d = iso(Number(full[1]), Number(full[2]), Number(full[3]));
		return d && (year === null || Number(full[1]) === year) ? d : null;
	}
	if (year === null) return null;
	const md = MONTH_DAY_CN.exec(base) ?? MONTH_DAY_DOT.exec(base) ?? COMPACT.exec(base);
	return md ? iso(year, Number(md[1]), Number(md[2])) : null;
}

/**
 * A workbook's saved date (ISO date) as the date of a filing of `year`: only when it falls in
 * that year — a file re-saved a year later (by the office gathering them) dates nothing.
 */
export function savedDateFor(saved: string | null | undefined, year: number | null): string | null {
	if (!saved) return null;
	return year === null || Number(saved.slice(0, 4)) === year ? saved : null;
}

/**
 * Dates the filings (and their facts) that state no 填报日期, from the file name and then the
 * saved date. Returns the filings so dated, with where their date came from.
 */
export function dateUndatedFilings(
	file: string,
	saved: string | null | undefined,
	filings: Filing[],
	facts: Fact[]
): { filing: Filing; from: FiledFrom }[] {
	const undated = filings.filter((f) => f.filedOn === null);
	if (undated.length === 0) return [];
	const byYear = new Map<number | null, { date: string; from: FiledFrom } | null>();
	const dateFor = (year: number | null) => {
		if (!byYear.has(year)) {
			const named = dateFromFileName(file, year);
			const savedOn = named ? null : savedDateFor(saved, year);
			byYear.set(year, named ? { date: named, from: 'file-name' } : savedOn ? { date: savedOn, from: 'saved' } : null);
		}
		return byYear.get(year)!;
	};
	const dated: { filing: Filing; from: FiledFrom }[] = [];
	for (const f of undated) {
		const d = dateFor(f.year);
		if (!d) continue;
		f.filedOn = d.date;
		dated.push({ filing: f, from: d.from });
	}
	if (dated.length === 0) return dated;
	const sheets = new Set(dated.map((d) => d.filing.sheet));
	for (const x of facts) {
		if (x.filedOn !== null || !sheets.has(x.sheet)) continue;
		const d = dateFor(x.year);
		if (d) x.filedOn = d.date;
	}
	return dated;
}
