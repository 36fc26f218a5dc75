/**
 * `npx tsx tests/eval/forms22/make.ts [OUT_DIR]`: writes forms22's own forms (templates.ts) as real files — .xlsx by
 * exceljs, .xls by SheetJS (BIFF8), .docx by the `docx` package, .doc by LibreOffice from that .docx — with the facts
 * each must yield, typed in each file's own style (slots in （ ）, ( ), 【 】, __ __ or none; digits, full-width,
 * Chinese numerals, 约/余, blanks; answers ☑/√/■/是（√）/bare). The truth is what the writer typed, never what the
 * normalizer says. Split by template family (FNV-1a of `forms22-20261208-1:<family>`, top bit), fixed before the
 * product ran on any of it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { chineseNumeral, factsCsv, fnv1a, fullWidth, int, pick, rng, type Fact, type GeneratedFile } from '../files/model';
import type { SetEntry } from '../files/make';
import { docsOf, docxOf, xlsOf, xlsxOf, type Cell, type Grid, type Merge, type WordCell } from '../files3/write';
import { FAMILIES, type Family } from './templates';

export const DEFAULT_DIR22 = join(tmpdir(), 'anquanyue-eval-forms22');
export const halfOf22 = (family: string): 'tune' | 'holdout' => (fnv1a(`forms22-20261208-1:${family}`) >>> 31 ? 'holdout' : 'tune');

type Unit = Family['units'][number];
const SLOT = /\{(F:)?([a-z_.]+|-)\}/g;
const FLAG_TYPINGS: ((yes: boolean) => string)[] = [
	(y) => (y ? '☑是□否' : '□是☑否'),
	(y) => (y ? '√是 □否' : '□是 √否'),
	(y) => (y ? '是（√）否（ ）' : '是（ ）否（√）'),
	(y) => (y ? '是' : '否'),
	(y) => (y ? '■是□否' : '□是■否')
];
const BRACKETS: [string, string][] = [['（', '）'], ['(', ')'], ['【', '】'], ['__', '__'], ['', '']];
const PEOPLE = /participants|joined/;

/** Types one file's slots in its style and records the facts they yield. */
class Filler {
	readonly r: () => number;
	readonly facts: Fact[] = [];
	private readonly brackets: [string, string];
	private readonly flag: (yes: boolean) => string;
	constructor(
		private readonly fam: Family,
		private readonly u: Unit,
		private readonly sheet: string,
		bare = false
	) {
		this.r = rng(u.file);
		this.brackets = bare ? ['', ''] : pick(this.r, BRACKETS);
		this.flag = pick(this.r, FLAG_TYPINGS);
	}
	private fact(metric: string, value: number, label: string) {
		const status = metric === '' ? 'unmapped' : this.u.interim ? 'superseded' : 'ok';
		this.facts.push({ file: this.u.file, sheet: this.sheet, cell: '', unit: this.u.unit, region: this.u.region, year: this.fam.year, metric_id: metric, label, value, text: '', status });
	}
	/** A number as the filler types it (its value, and the text). */
	number(metric: string): [number, string] {
		const v = PEOPLE.test(metric) ? int(this.r, 40, 2600) : int(this.r, 1, 48);
		const x = this.r();
		if (x < 0.1) return [v, fullWidth(String(v))];
		if (x < 0.18 && v < 100) return [v, chineseNumeral(v)];
		if (x < 0.24 && v >= 100) return [v - (v % 10), `约${v - (v % 10)}`];
		if (x < 0.3 && v >= 100) return [v - (v % 10), `${v - (v % 10)}余`];
		return [v, String(v)];
	}
	/** A cell's text with its slots filled; blanks (no fact) now and then. */
	fill(template: string, label: string): string {
		return template.replace(SLOT, (_, flag: string | undefined, id: string) => {
			if (flag) {
				if (this.r() < 0.05) return '□是□否';
				const yes = this.r() < 0.8;
				this.fact(id, yes ? 1 : 0, label);
				return this.flag(yes);
			}
			const [open, close] = this.brackets;
			if (this.r() < 0.06) return open ? `${open}  ${close}` : '';
			const [v, text] = this.number(id);
			this.fact(id === '-' ? '' : id, v, label);
			return `${open}${text}${close}`;
		});
	}
}

const headerLine = (u: Unit, r: () => number) =>
	`填报单位（盖章）：${u.unit}　　联系人：${pick(r, ['王丽', '张建国', '李敏', '陈晓东'])}　　联系电话：${int(r, 13000000000, 13999999999)}　　填报日期：${u.date}`;

/** Rows repeating their 活动项目 merge it down (Excel) or continue a vertical merge (Word). */
function tableForm(fam: Extract<Family, { layout: 'three' | 'numbered' }>, u: Unit, f: Filler): { grid: Cell[][]; merges: Merge[]; word: WordCell[][] } {
	const numbered = fam.layout === 'numbered';
	const grid: Cell[][] = [[fam.title], [headerLine(u, f.r)], fam.header];
	const word: WordCell[][] = [fam.header.map((text) => ({ text, bold: true }))];
	const merges: Merge[] = [{ r1: 0, c1: 0, r2: 0, c2: fam.header.length - 1 }, { r1: 1, c1: 0, r2: 1, c2: fam.header.length - 1 }];
	let start = -1;
	let n = 0;
	fam.rows.forEach(([activity, requirement, cell], i) => {
		const same = i > 0 && fam.rows[i - 1][0] === activity;
		if (!same) n++;
		const text = f.fill(cell, activity);
		const lead = numbered ? [same ? '' : String(n)] : [];
		grid.push([...lead, same ? '' : activity, requirement, text]);
		word.push([...(numbered ? [{ text: same ? '' : String(n), vmerge: same ? ('continue' as const) : ('start' as const) }] : []), { text: activity, vmerge: same ? 'continue' : 'start' }, { text: requirement }, { text }]);
		const row = grid.length - 1;
		if (!same) start = row;
		const last = i === fam.rows.length - 1 || fam.rows[i + 1][0] !== activity;
		if (last && row > start) for (let c = 0; c <= (numbered ? 1 : 0); c++) merges.push({ r1: start, c1: c, r2: row, c2: c });
	});
	return { grid, merges, word };
}

async function paragraphsDocx(lines: string[]): Promise<Uint8Array> {
	const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold, font: '仿宋_GB2312', size: 28 })] });
	const doc = new Document({ sections: [{ children: lines.map((t, i) => p(t, i === 0)) }] });
	return new Uint8Array(await Packer.toBuffer(doc));
}

interface Built extends GeneratedFile {
	family: string;
	/** A .docx LibreOffice turns into the .doc. */
	docx?: Uint8Array;
}

async function build(fam: Family, u: Unit): Promise<Built> {
	const word = u.format === 'docx' || u.format === 'doc';
	const sheet = fam.layout === 'paragraphs' ? '正文' : word ? '表1' : '统计表';
	const f = new Filler(fam, u, sheet, fam.layout === 'twocol' || fam.layout === 'indicator');
	let grid: Grid | null = null;
	let bytes: Uint8Array;
	if (fam.layout === 'paragraphs') {
		const body = fam.lines.map((l) => f.fill(l, l.slice(0, 8)));
		bytes = await paragraphsDocx([`${u.unit.replace(/人民政府$/, '')}${fam.title}`, ...body, '', u.unit, u.date]);
	} else if (fam.layout === 'three' || fam.layout === 'numbered') {
		const t = tableForm(fam, u, f);
		if (word) bytes = await docxOf([fam.title, headerLine(u, f.r)], t.word, ['填表人：            审核人：']);
		else grid = { sheet, rows: t.grid, merges: t.merges };
	} else if (fam.layout === 'twocol') {
		const rows: Cell[][] = [[fam.title], [`填报单位：${u.unit}`, `填报日期：${u.date}`], ['项目', '完成情况']];
		const merges: Merge[] = [{ r1: 0, c1: 0, r2: 0, c2: 1 }];
		for (const r of fam.rows) {
			if ('heading' in r) {
				merges.push({ r1: rows.length, c1: 0, r2: rows.length, c2: 1 });
				rows.push([r.heading]);
			} else rows.push([r.item, f.fill(r.cell, r.item)]);
		}
		grid = { sheet, rows, merges };
	} else {
		const rows: Cell[][] = [[fam.title], [`填报单位（盖章）：${u.unit}`, '', '', `填报日期：${u.date}`], ['序号', '统计指标', '计量单位', '数量', '备注']];
		fam.rows.forEach(([indicator, unit, metric], i) => {
			const flag = metric.startsWith('F:');
			const value = f.fill(flag ? `{${metric}}` : `{${metric}}`, indicator);
			rows.push([i + 1, indicator, unit, /^\d+$/.test(value) ? Number(value) : value, '']);
		});
		rows.push(['填表人：', '', '审核人：']);
		grid = { sheet, rows, merges: [{ r1: 0, c1: 0, r2: 0, c2: 4 }] };
	}
	if (grid) bytes = u.format === 'xls' ? xlsOf([grid]) : await xlsxOf([grid]);
	const format = u.format === 'doc' ? 'docx' : u.format;
	return { name: u.file, shape: 'form', format, about: fam.about, bytes: bytes!, facts: f.facts, family: fam.family, docx: u.format === 'doc' ? bytes! : undefined };
}

export async function buildAll22(): Promise<Built[]> {
	const out: Built[] = [];
	for (const fam of FAMILIES) for (const u of fam.units) out.push(await build(fam, u));
	const docs = docsOf(out.filter((b) => b.docx).map((b) => ({ name: b.name, bytes: b.docx! })));
	for (const b of out) if (b.docx) b.bytes = docs.get(b.name)!;
	return out;
}

export async function makeSet22(dir: string): Promise<SetEntry[]> {
	const files = await buildAll22();
	rmSync(dir, { recursive: true, force: true });
	const manifest: SetEntry[] = [];
	for (const half of ['tune', 'holdout'] as const) {
		const mine = files.filter((f) => halfOf22(f.family) === half);
		mkdirSync(join(dir, half), { recursive: true });
		for (const f of mine) {
			writeFileSync(join(dir, half, f.name), f.bytes);
			manifest.push({ name: f.name, kind: `form-${f.name.slice(f.name.lastIndexOf('.') + 1)}`, half, about: `${f.family}: ${f.about}`, facts: f.facts.length });
		}
		writeFileSync(join(dir, `${half}.expected.csv`), factsCsv(mine.flatMap((f) => f.facts)));
	}
	return manifest;
}

if (process.argv[1]?.endsWith('forms22/make.ts')) {
	const m = await makeSet22(process.argv[2] ?? DEFAULT_DIR22);
	for (const e of m) console.log(`${e.half.padEnd(8)} ${e.kind.padEnd(10)} ${String(e.facts).padStart(4)}  ${e.name}`);
}
