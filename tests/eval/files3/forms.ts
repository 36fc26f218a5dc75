/**
 * The third set's forms (shape A): 18 filings of four issuers' forms, as .xlsx, .xls, Word .docx tables and
 * Word 97 .doc (LibreOffice). One unit files twice (an interim with its 填报日期 and a final whose 填报日期 is blank,
 * its date only in the file name): the interim's facts are superseded.
 */
import { formGrid, formWord, type FillStyle, type FormLayout } from './form-build';
import { GROUP, HEALTH, STREET, TRANSPORT, type FormTemplate } from './form-templates';
import { rng, type Format, type GeneratedFile } from './model';
import { docxOf, xlsOf, xlsxOf } from './write';

interface FormSpec {
	name: string;
	tpl: FormTemplate;
	format: Exclude<Format, 'csv'>;
	year: number;
	unit: string;
	region: string;
	date: string;
	about: string;
	style: Partial<FillStyle>;
	lay?: Partial<FormLayout>;
	group?: string;
	superseded?: boolean;
	sheet?: string;
}

const BASE: FillStyle = { bracket: 'full', flag: 'box', joiner: '\n', pBlank: 0.05, pNone: 0.03, pCn: 0, pFw: 0, pApprox: 0.05 };

const SPECS: FormSpec[] = [
	// 交通运输局 (道路运输、水上交通), 2023
	{ name: '青崖县顺达客运有限公司安全月统计表.xlsx', tpl: TRANSPORT, format: 'xlsx', year: 2023, unit: '青崖县顺达客运有限公司', region: '青崖县', date: '2023年6月26日', about: 'transport form, merged 填报 line, （n）, ☑是□否', style: {} },
	{ name: '青崖县通江水上运输有限公司-安全生产月.xlsx', tpl: TRANSPORT, format: 'xlsx', year: 2023, unit: '青崖县通江水上运输有限公司', region: '青崖县', date: '2023.6.25', about: 'transport form, label/value cells, bare numbers, √是, line breaks removed', style: { bracket: 'bare', flag: 'tick', joiner: '' }, lay: { header: 'cells' } },
	{ name: '青崖县港航事务中心安全生产月活动统计（6月9日）.xlsx', tpl: TRANSPORT, format: 'xlsx', year: 2023, unit: '青崖县港航事务中心', region: '青崖县', date: '2023年6月9日', about: 'interim filing (superseded), ( n ), 是（√）', style: { bracket: 'half', flag: 'paren' }, group: '青崖县港航事务中心', superseded: true },
	{ name: '青崖县港航事务中心安全生产月活动统计（6月27日）.xlsx', tpl: TRANSPORT, format: 'xlsx', year: 2023, unit: '青崖县港航事务中心', region: '青崖县', date: '', about: 'final filing, 填报日期 blank, date in the file name', style: { bracket: 'half', flag: 'paren', pBlank: 0.02 }, group: '青崖县港航事务中心' },
	{ name: '青崖县汽车客运总站安全生产月报表.xls', tpl: TRANSPORT, format: 'xls', year: 2023, unit: '青崖县汽车客运总站', region: '青崖县', date: '2023-06-24', about: 'transport form as .xls, a row per line, 工作项目 merged down, （ n ）, full-width digits', style: { bracket: 'fullsp', pFw: 0.3 }, lay: { perLine: true } },
	{ name: '附件2：青崖县城乡公交有限公司.xls', tpl: TRANSPORT, format: 'xls', year: 2023, unit: '青崖县城乡公交有限公司', region: '青崖县', date: '2023年6月27日', about: 'transport form as .xls, Chinese numerals, 约/余/多, ■是', style: { pCn: 0.35, pApprox: 0.3, flag: 'square' } },
	// 卫生健康局 (医院、卫生院), 2024, Word
	{ name: '岚溪县人民医院安全生产月活动情况报表.docx', tpl: HEALTH, format: 'docx', year: 2024, unit: '岚溪县人民医院', region: '岚溪县', date: '2024年6月25日', about: 'health form in Word, a row per line, 类别 merged down (vMerge)', style: {}, lay: { perLine: true } },
	{ name: '岚溪县中医医院-安全月报表.docx', tpl: HEALTH, format: 'docx', year: 2024, unit: '岚溪县中医医院', region: '岚溪县', date: '2024年6月24日', about: 'health form in Word, bare numbers, √是', style: { bracket: 'bare', flag: 'tick' }, lay: { perLine: true } },
	{ name: '岚溪县妇幼保健院安全生产月报表.docx', tpl: HEALTH, format: 'docx', year: 2024, unit: '岚溪县妇幼保健院', region: '岚溪县', date: '2024.6.21', about: 'health form in Word, one cell per 类别, __n__ slots, 是（√）', style: { bracket: 'under', flag: 'paren' } },
	{ name: '岚溪县疾病预防控制中心（安全月）.docx', tpl: HEALTH, format: 'docx', year: 2024, unit: '岚溪县疾病预防控制中心', region: '岚溪县', date: '2024年6月26日', about: 'health form in Word, Chinese numerals and 约', style: { pCn: 0.3, pApprox: 0.3 }, lay: { perLine: true, mergeHead: false } },
	{ name: '岚溪县第二人民医院安全生产月报表.doc', tpl: HEALTH, format: 'doc', year: 2024, unit: '岚溪县第二人民医院', region: '岚溪县', date: '2024年6月25日', about: 'health form as Word 97 .doc (LibreOffice)', style: {}, lay: { perLine: true } },
	{ name: '岚溪县城关镇卫生院安全月报表.doc', tpl: HEALTH, format: 'doc', year: 2024, unit: '岚溪县城关镇卫生院', region: '岚溪县', date: '2024年6月23日', about: 'health form as Word 97 .doc, bare numbers', style: { bracket: 'bare', flag: 'square' } },
	// 街道办事处 (社区居委会), 2025
	{ name: '金桂社区安全生产月工作登记表.xlsx', tpl: STREET, format: 'xlsx', year: 2025, unit: '云阜区桐花街道金桂社区居民委员会', region: '云阜区', date: '2025年6月26日', about: 'street form, answers bare 是/否 run together', style: { flag: 'bare', joiner: '' }, lay: { header: 'cells' } },
	{ name: '银杏社区安全月登记表.xlsx', tpl: STREET, format: 'xlsx', year: 2025, unit: '云阜区桐花街道银杏社区居民委员会', region: '云阜区', date: '2025.6.25', about: 'street form, a row per line, 板块 merged, Chinese numerals', style: { pCn: 0.4 }, lay: { perLine: true } },
	{ name: '望湖社区“安全生产月”登记表.xlsx', tpl: STREET, format: 'xlsx', year: 2025, unit: '云阜区桐花街道望湖社区居民委员会', region: '云阜区', date: '2025年6月24日', about: 'street form, ( n ), ☑, full-width digits, 无', style: { bracket: 'half', pFw: 0.3, pNone: 0.1 }, lay: { header: 'cells' } },
	{ name: '芦荻社区安全生产月工作登记表.xls', tpl: STREET, format: 'xls', year: 2025, unit: '云阜区桐花街道芦荻社区居民委员会', region: '云阜区', date: '2025年6月27日', about: 'street form as .xls, bare numbers and bare answers on lines', style: { bracket: 'bare', flag: 'bare' } },
	// 国企集团安全环保部 (所属企业), 2022, Word
	{ name: '松坪县青岚热电有限公司安全月落实情况.docx', tpl: GROUP, format: 'docx', year: 2022, unit: '松坪县青岚热电有限公司', region: '松坪县', date: '2022年6月28日', about: 'group form in Word, one cell per project, slot-first clause', style: { flag: 'box' } },
	{ name: '梅岭县青岚水电开发有限公司安全月落实情况表.docx', tpl: GROUP, format: 'docx', year: 2022, unit: '梅岭县青岚水电开发有限公司', region: '梅岭县', date: '2022年6月27日', about: 'group form in Word, a row per line, ( n ), 1.2万, √是', style: { bracket: 'half', flag: 'tick', pApprox: 0.2 }, lay: { perLine: true } },
];

const CONTACTS = ['李晓燕', '王建军', '陈志华', '刘红梅', '赵明', '周海涛'];

export async function buildForms(): Promise<{ file: GeneratedFile; docx?: Uint8Array }[]> {
	const out: { file: GeneratedFile; docx?: Uint8Array }[] = [];
	for (const s of SPECS) {
		const r = rng(`files3:${s.name}`);
		const style = { ...BASE, ...s.style };
		const lay: FormLayout = { unit: s.unit, contact: r.pick(CONTACTS), phone: `13${r.int(100000000, 999999999)}`, date: s.date, header: 'merged', perLine: false, mergeHead: true, ...s.lay };
		const word = s.format === 'docx' || s.format === 'doc';
		const sheet = s.sheet ?? (word ? '' : s.format === 'xls' ? 'Sheet1' : '统计表');
		const place = { file: s.name, sheet, unit: s.unit, region: s.region, year: String(s.year), status: s.superseded ? ('superseded' as const) : ('ok' as const) };
		const base = { name: s.name, shape: 'form' as const, format: s.format, about: s.about, group: s.group ?? s.name };
		if (word) {
			const w = formWord(r, s.tpl, s.year, style, lay, place);
			const bytes = await docxOf(w.before, w.table, w.after);
			out.push({ file: { ...base, bytes, facts: w.facts }, docx: s.format === 'doc' ? bytes : undefined });
		} else {
			const g = formGrid(r, s.tpl, s.year, style, lay, place);
			out.push({ file: { ...base, bytes: s.format === 'xls' ? xlsOf([g.grid]) : await xlsxOf([g.grid]), facts: g.facts } });
		}
	}
	return out;
}
