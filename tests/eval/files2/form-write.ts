/**
 * Writes one filled second-set form: an Excel workbook (exceljs) in one of three layouts, or a Word document (the
 * `docx` package) as a table or as plain numbered paragraphs (no table at all). Returns the file's expected facts.
 */
import ExcelJS from 'exceljs';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { colLetter, rng, type Fact } from '../files/model';
import { fill2, type Filled2, type Hand2, type SlotStyle } from './fill';
import type { Template2 } from './templates';

export interface Form2 {
	name: string;
	about: string;
	format: 'xlsx' | 'xls' | 'docx';
	template: Template2;
	/**
	 * xlsx/xls: `seq-head-item` 序号 | 活动类别 (merged down) | 工作内容 | 完成情况; `head-rows` 序号 | 项目 | 进展情况 with
	 * each heading a row across; `two` 活动内容 | 开展情况 with headings as rows across and items numbered ①.
	 * docx: `table` 类别 (merged down) | 项目 | 完成情况; `paragraphs` 一、heading / 1.item：text, no table.
	 */
	layout: 'seq-head-item' | 'head-rows' | 'two' | 'table' | 'paragraphs';
	slot: SlotStyle;
	hand: Hand2;
	/** The year in the title ('' = none), the place and the campaign's local name put into the title. */
	titleYear: number | '';
	place: string;
	tour?: string;
	unitLabel?: string;
	unit: string;
	region: string;
	/** What follows 填报日期 ('' blank; a Date an Excel date cell). */
	date: string | Date;
	year: number;
	/** The header line as one merged cell/paragraph (default) or label and value cells. */
	info?: 'line' | 'cells';
	footer?: string[];
	group?: string;
	status?: 'ok' | 'superseded';
}

const CN = '一二三四五六七八九十';
const headNo = (k: number) => `${k < 10 ? CN[k] : `十${CN[k - 10]}`}、`;
const circled = (k: number) => String.fromCharCode(0x2460 + k);
const dateText = (d: string | Date) => (d instanceof Date ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日` : d);

/** Items grouped under their headings, in order. */
function groups(filled: Filled2[]): { head: string; items: Filled2[] }[] {
	const out: { head: string; items: Filled2[] }[] = [];
	for (const f of filled) {
		if (out.at(-1)?.head !== f.head) out.push({ head: f.head, items: [] });
		out.at(-1)!.items.push(f);
	}
	return out;
}

const title = (s: Form2) => s.template.title.replace('{year}', s.titleYear === '' ? '' : `${s.titleYear}年`).replace('{place}', s.place).replace('{tour}', s.tour ?? '');
const infoLine = (s: Form2) => `${s.unitLabel ?? '填报单位（盖章）'}：${s.unit}    填报人：张建军    联系电话：0917-3312345    填报日期：${dateText(s.date)}`;

function factsOf(s: Form2, f: Filled2, sheet: string, cell: string): Fact[] {
	return f.facts.map((x) => ({
		...x,
		file: s.name,
		sheet,
		cell,
		unit: s.unit.replace(/\s+/g, ''),
		region: s.region,
		year: s.year,
		status: x.metric_id ? (s.status ?? 'ok') : 'unmapped'
	}));
}

export async function buildForm2(s: Form2): Promise<{ bytes: Uint8Array; facts: Fact[] }> {
	const filled = fill2(s.template, s.slot, s.hand, rng(s.name), { tour: s.tour ?? '', place: s.place });
	return s.format === 'docx' ? buildWord2(s, filled) : buildExcel2(s, filled);
}

async function buildExcel2(s: Form2, filled: Filled2[]): Promise<{ bytes: Uint8Array; facts: Fact[] }> {
	const wb = new ExcelJS.Workbook();
	const sheet = '进展情况';
	const ws = wb.addWorksheet(sheet);
	const head = s.layout === 'seq-head-item' ? ['序号', '活动类别', '工作内容', '完成情况'] : s.layout === 'head-rows' ? ['序号', '项目', '进展情况'] : ['活动内容', '开展情况'];
	const width = head.length;
	const across = (row: number, text: string) => {
		ws.mergeCells(row, 1, row, width);
		ws.getCell(row, 1).value = text;
	};
	across(1, title(s));
	ws.getCell(1, 1).font = { bold: true, size: 16 };
	if ((s.info ?? 'line') === 'line') across(2, infoLine(s));
	else {
		ws.getCell(2, 1).value = `${s.unitLabel ?? '填报单位'}：`;
		ws.getCell(2, 2).value = s.unit;
		ws.getCell(2, width + 1).value = '填报日期：';
		if (s.date !== '') ws.getCell(2, width + 2).value = s.date;
		if (s.date instanceof Date) ws.getCell(2, width + 2).numFmt = 'yyyy"年"m"月"d"日"';
	}
	head.forEach((h, i) => (ws.getCell(3, i + 1).value = h));
	const facts: Fact[] = [];
	let row = 4;
	let seq = 0;
	groups(filled).forEach((g, gi) => {
		if (s.layout === 'seq-head-item') {
			const first = row;
			for (const f of g.items) {
				ws.getCell(row, 1).value = ++seq;
				ws.getCell(row, 2).value = row === first ? `${headNo(gi)}${g.head}` : null;
				ws.getCell(row, 3).value = f.item;
				ws.getCell(row, 4).value = f.text;
				facts.push(...factsOf(s, f, sheet, `D${row}`));
				row++;
			}
			if (row - 1 > first) ws.mergeCells(first, 2, row - 1, 2);
			return;
		}
		if (s.layout === 'head-rows') {
			ws.getCell(row, 1).value = CN[gi] ?? String(gi + 1);
			ws.mergeCells(row, 2, row, 3);
			ws.getCell(row, 2).value = g.head;
			row++;
			g.items.forEach((f, k) => {
				ws.getCell(row, 1).value = k + 1;
				ws.getCell(row, 2).value = `（${CN[k]}）${f.item}`;
				ws.getCell(row, 3).value = f.text;
				facts.push(...factsOf(s, f, sheet, `C${row}`));
				row++;
			});
			return;
		}
		across(row++, `${headNo(gi)}${g.head}`);
		g.items.forEach((f, k) => {
			ws.getCell(row, 1).value = `${circled(k)}${f.item}`;
			ws.getCell(row, 2).value = f.text;
			facts.push(...factsOf(s, f, sheet, `B${row}`));
			row++;
		});
	});
	row++;
	for (const l of s.footer ?? []) ws.getCell(row++, 1).value = l;
	ws.getColumn(width).width = 90;
	for (let r = 4; r < row; r++) ws.getCell(r, width).alignment = { wrapText: true, vertical: 'middle' };
	return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), facts };
}

async function buildWord2(s: Form2, filled: Filled2[]): Promise<{ bytes: Uint8Array; facts: Fact[] }> {
	const para = (t: string, bold = false) => new Paragraph({ children: [new TextRun({ text: t, bold, font: '仿宋_GB2312' })] });
	const body: (Paragraph | Table)[] = [
		new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title(s), bold: true, size: 36, font: '方正小标宋简体' })] }),
		para(infoLine(s))
	];
	const gs = groups(filled);
	if (s.layout === 'paragraphs') {
		gs.forEach((g, gi) => {
			body.push(para(`${headNo(gi)}${g.head}`, true));
			g.items.forEach((f, k) => body.push(...`${k + 1}.${f.item}：${f.text}`.split('\n').map((l) => para(l))));
		});
	} else {
		const cell = (lines: string[], vMerge?: 'restart' | 'continue') =>
			new TableCell({
				children: lines.map((l) => para(l)),
				verticalMerge: vMerge === 'restart' ? VerticalMergeType.RESTART : vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined
			});
		const rows = [new TableRow({ tableHeader: true, children: ['类别', '项目', '完成情况'].map((h) => cell([h])) })];
		gs.forEach((g, gi) =>
			g.items.forEach((f, k) =>
				rows.push(
					new TableRow({
						children: [
							k === 0 ? cell([`${headNo(gi)}${g.head}`], g.items.length > 1 ? 'restart' : undefined) : cell([''], 'continue'),
							cell([`${k + 1}.${f.item}`]),
							cell(f.text.split('\n'))
						]
					})
				)
			)
		);
		body.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
	}
	for (const l of s.footer ?? []) body.push(para(l));
	const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: body }] })));
	return { bytes, facts: filled.flatMap((f) => factsOf(s, f, '', '')) };
}
