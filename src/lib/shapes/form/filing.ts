/**
 * Who filed a form and when: the 填报单位 line read (header.ts), else the unit
 * its sheet tab or file name gives; the region, year and filing date from
 * what the form, the sheet and the file say, in that order.
 */
import type { Sheet } from '../../read/workbook';
import { problem } from '../../base/problem';
import { normalizeUnit } from '../../facts/unit';
import { regionFromFileName, regionFromUnitName } from '../../facts/region';
import { parseFiledOn, yearFromText, yearOfDate } from '../../facts/year';
import type { FileContext, SheetOutput } from '../context';
import { readHeader, type HeaderInfo } from './header';

/** A unit name from a file name when the form names none: `附件2-五顷塬乡统计表（6月8日）.xlsx` → 五顷塬乡. */
export function unitFromFileName(file: string): string {
	return unitFromName(file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
}

/** Ends like a unit or a place (镇, 街道, 县, 局, 中心, 公司 …). */
const UNIT_ENDING = /(?:省|市|县|区|旗|盟|州|乡|镇|街道|办事处|村|社区|政府|委员会|局|委|办|厅|处|科|站|所|队|中心|公司|集团|院|校|厂|矿|部)$/;

/**
 * The unit a sheet's name gives (`山河镇`, `榆林子镇（6月24日）`), or '' for a
 * name that is not a unit (`Sheet1`, `附件3`, `6月24日`, `2021年`, `全市汇总`).
 */
export function unitFromSheetName(name: string): string {
	const unit = unitFromName(name);
	const generic = /^[全各本]|^(?:乡镇|县区|区县|市县|镇街|街镇)$/.test(unit); // 全市, 各乡镇: not one unit
	return /^[\u4e00-\u9fa5]{2,}$/.test(unit) && UNIT_ENDING.test(unit) && !generic ? unit : '';
}

/**
 * Whether a workbook's forms are one per unit, each named on its tab: several
 * tabs that each name a unit, and different ones (城管局统计表（6月8日） and
 * （6月24日） name the issuing office twice: two filings of the file's unit).
 */
function unitsOnTabs(formSheetNames: string[]): boolean {
	if (formSheetNames.length < 2) return false;
	const units = formSheetNames.map(unitFromSheetName);
	return units.every((u) => u !== '') && new Set(units).size === units.length;
}

/** The longest part of a name left once 附件N, years, dates, bracketed notes and form words are gone. */
function unitFromName(base: string): string {
	const cleaned = base
		.replace(/附件\s*\d*/g, ' ')
		.replace(/[（(][^）)]*[)）]/g, ' ')
		.replace(/20\d{2}\s*年?(度)?/g, ' ')
		.replace(/\d{1,2}\s*月\s*\d{1,2}\s*日?/g, ' ')
		.replace(/[“”"]/g, '')
		.replace(/安全生产月|安全月|活动|进展情况|情况|统计表|汇总表|报表|明细|统计|汇总|填报|表/g, ' ');
	const parts = cleaned.split(/[\s\-—_－·.]+/).filter((p) => p !== '' && !/^\d+$/.test(p));
	return normalizeUnit(parts.sort((a, b) => b.length - a.length)[0] ?? '');
}

/**
 * Reads the form's filing from its header rows (and the lines under its items),
 * else a sign-off's unit and date, and records it in `out` (a warning when the
 * unit came from a name).
 */
export function readFiling(
	sheet: Sheet,
	ctx: FileContext,
	headerRows: number[],
	out: SheetOutput,
	signed: { unit?: string; date?: string } = {}
): { info: HeaderInfo; unit: string; region: string; year: number | null; filedOn: string | null } {
	const info = readHeader(sheet, headerRows);
	// A letter's sign-off under the items (单位名称, then the date, no labels) when no field names them.
	if (!info.unit && signed.unit) info.unit = signed.unit;
	if (!info.filedOn && signed.date) info.filedOn = parseFiledOn(signed.date);
	let unit = normalizeUnit(info.unit);
	if (!unit) {
		// A workbook of one form per unit names each unit on its sheet tab; the file then names their region.
		const fromSheet = unitsOnTabs(ctx.formSheetNames ?? []) ? unitFromSheetName(sheet.name) : '';
		unit = fromSheet || unitFromFileName(ctx.file);
		const [zh, en] = fromSheet ? ['工作表名', 'sheet name'] : ['文件名', 'file name'];
		out.problems.push(
			problem(
				'warning',
				'form.no-unit',
				`表中没有填写“填报单位”，单位名称取自${zh}：${unit || '（无）'}。`,
				`The form names no 填报单位; the unit was taken from the ${en}: ${unit || '(none)'}.`,
				{ sheet: sheet.name }
			)
		);
	}
	const year = ctx.year ?? info.titleYear ?? info.year ?? yearOfDate(info.filedOn) ?? yearFromText(sheet.name) ?? yearFromText(ctx.file);
	const region = ctx.region ?? (regionFromUnitName(unit) || regionFromFileName(ctx.file) || '');
	// 6月24日 without a year: the form's year dates it, so the final filing still wins over the interim one.
	const filedOn = info.filedOn ?? (info.filedMonthDay && year ? parseFiledOn(info.filedMonthDay, year) : null);
	out.filings.push({ unit, region, year, filedOn, sheet: sheet.name, ...(info.contact && { contact: info.contact }), ...(info.phone && { phone: info.phone }) });

	return { info, unit, region, year, filedOn };
}
