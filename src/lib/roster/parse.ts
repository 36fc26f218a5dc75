/**
 * A roster from what offices have: a list in a spreadsheet or CSV (read by
 * the product's readers into a Workbook), text pasted from one, or the units
 * that filed in an earlier year. Headers as offices write them (单位/单位名称/
 * 乡镇, 地区/县区/所属区域, 联系人, 电话/联系电话, 类别); a list without a
 * header is read by position (单位, 地区, 联系人, 电话, 类别). Every row that
 * is not taken says why.
 */
import type { Workbook } from '../read/workbook';
import { columnRole, isTownshipHeader, totalKind } from '../shapes/columns';
import { normalizeUnit } from '../facts/unit';
import { regionFromUnitName } from '../facts/region';
import type { FiledFile, RosterUnit, Text } from './types';

type Field = 'name' | 'region' | 'contact' | 'phone' | 'category';

export interface RosterImport {
	units: RosterUnit[];
	/** Rows not taken, each with its reason (row numbers as the sheet shows them, from 1). */
	skipped: { row: number; sheet: string; reason: Text }[];
	/** Where the list was found (sheet name, header row from 1; 0 when read by position). */
	sheet: string;
	headerRow: number;
}

const squash = (s: string) => s.normalize('NFKC').replace(/[\s"'“”‘’:：*]/g, '');
const PHONE_HEADER = /^(联系)?(电话|手机|手机号|手机号码|电话号码|联系方式|办公电话)$/;
const CONTACT_HEADER = /^(联系人|联络人|联络员|负责人|填报人|经办人|姓名|联系人姓名)$/;
const CATEGORY_HEADER = /^(单位)?(类别|类型|分类|性质|行业)$/;
const PHONE_TEXT = /^[\d\s\-+()（）—－转]{7,}$/;

function fieldOfHeader(text: string): Field | null {
	const h = squash(text);
	if (!h) return null;
	if (PHONE_HEADER.test(h)) return 'phone';
	if (CONTACT_HEADER.test(h)) return 'contact';
	if (CATEGORY_HEADER.test(h)) return 'category';
	if (/^应报单位(名称)?$/.test(h)) return 'name';
	const role = columnRole(text);
	return role === 'unit' ? 'name' : role === 'region' ? 'region' : null;
}

/** The header row among the first rows: the first with a unit column; its columns by field. */
function findHeader(grid: string[][]): { row: number; columns: Map<Field, number> } | null {
	for (let r = 0; r < Math.min(grid.length, 15); r++) {
		const columns = new Map<Field, number>();
		const names: number[] = [];
		grid[r].forEach((text, c) => {
			const field = fieldOfHeader(text ?? '');
			if (field === 'name') names.push(c);
			else if (field && !columns.has(field)) columns.set(field, c);
		});
		if (names.length === 0) continue;
		// 乡镇 | 单位名称: the township column is the region when the table has a 单位 column too.
		const township = names.length > 1 ? names.find((c) => isTownshipHeader(grid[r][c])) : undefined;
		columns.set('name', names.find((c) => c !== township)!);
		if (township !== undefined && !columns.has('region')) columns.set('region', township);
		return { row: r, columns };
	}
	return null;
}

/** Read by position: 单位, then 地区, 联系人, 电话, 类别 — a phone-like cell is the phone wherever it stands. */
function positional(cells: string[]): Partial<Record<Field, string>> {
	const out: Partial<Record<Field, string>> = {};
	const rest: string[] = [];
	for (const c of cells) {
		if (!out.phone && PHONE_TEXT.test(c) && /\d{7}/.test(c.replace(/\D/g, ''))) out.phone = c;
		else rest.push(c);
	}
	[out.name, out.region, out.contact, out.category] = rest;
	return out;
}

/** A roster from a grid of texts (a sheet's cells as shown, or pasted lines split into cells). */
export function rosterFromGrid(grid: string[][], sheet = ''): RosterImport {
	const header = findHeader(grid);
	const result: RosterImport = { units: [], skipped: [], sheet, headerRow: header ? header.row + 1 : 0 };
	const seen = new Map<string, number>();
	for (let r = header ? header.row + 1 : 0; r < grid.length; r++) {
		const cells = grid[r].map((c) => (c ?? '').trim());
		if (cells.every((c) => c === '')) continue;
		const at = (f: Field) => (header && header.columns.has(f) ? (cells[header.columns.get(f)!] ?? '') : '');
		const values = header ? { name: at('name'), region: at('region'), contact: at('contact'), phone: at('phone'), category: at('category') } : positional(cells.filter((c) => c !== ''));
		const name = normalizeUnit(values.name ?? '');
		const skip = (zh: string, en: string) => result.skipped.push({ row: r + 1, sheet, reason: { zh, en } });
		if (!name) {
			skip(`第${r + 1}行没有单位名称，未导入：${cells.filter(Boolean).join(' ')}`, `Row ${r + 1} names no unit; not imported: ${cells.filter(Boolean).join(' ')}`);
			continue;
		}
		const total = cells.find((c) => totalKind(c));
		if (total || /^(序号|单位|单位名称)$/.test(name)) {
			skip(`第${r + 1}行是合计或表头（${total ?? name}），不是单位。`, `Row ${r + 1} is a total or header (${total ?? name}), not a unit.`);
			continue;
		}
		const region = normalizeUnit(values.region ?? '') || regionFromUnitName(name);
		const key = `${region}\u0000${name}`;
		if (seen.has(key)) {
			skip(`第${r + 1}行“${name}”与第${seen.get(key)}行重复，只保留一次。`, `Row ${r + 1} "${name}" repeats row ${seen.get(key)}; kept once.`);
			continue;
		}
		seen.set(key, r + 1);
		result.units.push({ name, region, contact: (values.contact ?? '').trim(), phone: (values.phone ?? '').trim(), category: (values.category ?? '').trim() });
	}
	return result;
}

/** A roster from a workbook: the first visible sheet with a unit column (else the first sheet, read by position). */
export function rosterFromWorkbook(wb: Workbook): RosterImport {
	const grids = wb.sheets
		.filter((s) => !s.hidden)
		.map((s) => ({ name: s.name, grid: s.rows.map((row) => Array.from({ length: row?.length ?? 0 }, (_, c) => row?.[c]?.text ?? '')) }));
	const withHeader = grids.find((g) => findHeader(g.grid));
	const chosen = withHeader ?? grids[0];
	return chosen ? rosterFromGrid(chosen.grid, chosen.name) : { units: [], skipped: [], sheet: '', headerRow: 0 };
}

/** Pasted text: one unit a line, cells split by tabs (from a spreadsheet), commas or runs of spaces. */
export function rosterFromText(text: string): RosterImport {
	const grid = text
		.split(/\r?\n/)
		.filter((line) => line.trim() !== '')
		// A spreadsheet's cells keep their places: a line starting with a tab has an empty first cell (never trimmed away).
		.map((line) => (line.includes('\t') ? line.split('\t') : line.trim().split(/\s*[,，、;；]\s*|[\s\u3000]{2,}|\s+(?=[\d+][\d\-]{6,}$)/)));
	return rosterFromGrid(grid);
}

/** The units that filed in a year (readable files), with the latest contact and phone they gave: a start for the next year's roster. */
export function rosterFromFilings(files: readonly FiledFile[], year: number): RosterUnit[] {
	const units = new Map<string, RosterUnit & { filedOn: string }>();
	for (const file of files) {
		if (file.error) continue;
		for (const f of file.filings) {
			if (f.year !== year || !f.unit) continue;
			const name = normalizeUnit(f.unit);
			const key = `${f.region}\u0000${name}`;
			const u = units.get(key) ?? { name, region: f.region, contact: '', phone: '', category: '', filedOn: '' };
			if ((f.filedOn ?? '') >= u.filedOn) {
				u.filedOn = f.filedOn ?? '';
				u.contact = f.contact || u.contact;
				u.phone = f.phone || u.phone;
			}
			units.set(key, u);
		}
	}
	return [...units.values()].map(({ filedOn: _filedOn, ...u }) => u);
}
