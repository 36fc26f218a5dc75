/**
 * The filled forms (shape A) of the whole-file set: who filled them, when, in which file and with which hand.
 */
import type { FormSpec } from './form-build';
import type { Hand } from './form-fill';
import { TPL_2020, TPL_2021, TPL_2022_ZJ, TPL_2023 } from './form-templates';

const NEAT: Hand = { main: 'paren', others: { blank: 0.05 }, yn: 'box', joinLines: '\n', texts: { 'launch.form': '现场启动仪式、视频会议' } };
const BARE: Hand = { main: 'bare', others: { blank: 0.1, none: 0.05 }, yn: 'tick', joinLines: '', texts: { 'launch.form': '集中宣誓' } };
const MIXED: Hand = { main: 'paren', others: { fw: 0.15, cn: 0.1, blank: 0.1, approx: 0.1 }, yn: 'paren', untouched: 0.2, joinLines: '\n' };
const APPROX: Hand = { main: 'space', others: { approx: 0.3, wan: 0.15, none: 0.1 }, yn: 'square', joinLines: '\n' };
const RUN: Hand = { main: 'half', others: { bare: 0.2, blank: 0.15 }, yn: 'bare', joinLines: '' };
const CN: Hand = { main: 'cn', others: { paren: 0.3, blank: 0.1 }, yn: 'tick', joinLines: '\n', texts: { 'launch.form': '线上直播' } };

const FOOT = ['注：1.请于6月25日前报送县安委办；2.联系电话：0833-7221234。'];

export const FORMS: FormSpec[] = [
	{
		name: '附件3：青神县南城镇人民政府安全生产月进展情况统计表.xlsx',
		about: '2020 form, four columns (活动项目 merged down over a second 活动项目 column), header line in one merged cell, tidy (numbers) filling',
		format: 'xlsx', template: TPL_2020, titleYear: 2020, campaign: '平安眉山', unit: '青神县南城镇人民政府', region: '青神县',
		date: '2020年6月28日', year: 2020, hand: NEAT, columns: 'item-sub-req-progress', mergeItems: true, footer: FOOT
	},
	{
		name: '东坡区悦兴镇安全月进展统计表.xlsx',
		about: '2020 form, 序号 column, items repeated, label/value cells with an Excel date, a 联络员信息表 sheet first, bare numbers with line breaks removed',
		format: 'xlsx', template: TPL_2020, titleYear: 2020, campaign: '平安眉山', unit: '悦兴镇人民政府', region: '东坡区',
		date: new Date(Date.UTC(2020, 5, 29)), year: 2020, hand: BARE, columns: 'seq-item-progress', info: 'cells', sheetBefore: '联络员信息表'
	},
	{
		name: '于都县贡江镇“安全生产月”活动进展情况统计表.xlsx',
		about: '2021 form, 活动项目 | 进展情况 only, a local campaign name, full-width and Chinese digits, 约, blanks, 是（√）, untouched boxes',
		format: 'xlsx', template: TPL_2021, titleYear: 2021, campaign: '安全生产赣鄱行', unit: '于都县贡江镇人民政府', region: '于都县',
		date: '2021.6.25', year: 2021, hand: MIXED, columns: 'item-progress'
	},
	{
		name: '瑞金市叶坪乡安全生产月进展情况（6月9日）.xlsx',
		about: '2021 interim filing (6月9日) of a unit that filed again: superseded',
		format: 'xlsx', template: TPL_2021, titleYear: 2021, campaign: '安全生产赣鄱行', unit: '瑞金市叶坪乡人民政府', region: '瑞金市',
		date: '2021年6月9日', year: 2021, hand: NEAT, columns: 'item-progress', group: '叶坪乡2021', status: 'superseded'
	},
	{
		name: '瑞金市叶坪乡安全生产月进展情况（6月25日）.xlsx',
		about: '2021 final filing with 填报日期 left blank (the date only in the file name), 约/余/多, 1.2万, 无',
		format: 'xlsx', template: TPL_2021, titleYear: 2021, campaign: '安全生产赣鄱行', unit: '瑞金市叶坪乡人民政府', region: '瑞金市',
		date: '', year: 2021, hand: APPROX, columns: 'item-progress', group: '叶坪乡2021'
	},
	{
		name: '陬市镇2023年安全生产月活动统计.xlsx',
		about: 'a county\'s own 2023 form (other verbs: 参学、参演、受教育), Chinese numerals, an Excel date cell, a number the schema lacks (发放宣传资料)',
		format: 'xlsx', template: TPL_2023, titleYear: 2023, unit: '桃源县陬市镇人民政府', region: '桃源县',
		date: new Date(Date.UTC(2023, 5, 27)), year: 2023, hand: CN, columns: 'item-progress', info: 'cells'
	},
	{
		name: '岩汪湖镇安全生产月活动开展情况统计表.xlsx',
		about: '2023 form whose title has no year (year from 填报日期), half-width brackets, lines run together, bare 是/否',
		format: 'xlsx', template: TPL_2023, titleYear: '', unit: '汉寿县岩汪湖镇人民政府', region: '汉寿县',
		date: '2023年6月29日', year: 2023, hand: RUN, columns: 'seq-item-progress', footer: FOOT
	},
	{
		name: '郸城县住建局安全生产月进展情况统计表.xlsx',
		about: '2022 住建 system form (参训、参演), 序号 column, mixed typing',
		format: 'xlsx', template: TPL_2022_ZJ, titleYear: 2022, unit: '郸城县住房和城乡建设局', region: '郸城县',
		date: '2022-06-24', year: 2022, hand: MIXED, columns: 'seq-item-progress'
	},
	{
		name: '附件2 练集镇安全月统计表（2020）.xlsx',
		about: '2020 form, three columns with 内容要求, Chinese numerals, line breaks removed',
		format: 'xlsx', template: TPL_2020, titleYear: 2020, campaign: '平安周口', unit: '商水县练集镇人民政府', region: '商水县',
		date: '2020年6月30日', year: 2020, hand: { ...CN, joinLines: '' }, columns: 'item-req-progress', mergeItems: true
	},
	{
		name: '商水县黄寨镇安全生产月进展情况统计表.xls',
		about: 'legacy .xls (LibreOffice) 2021 form, tidy filling',
		format: 'xls', template: TPL_2021, titleYear: 2021, campaign: '安全生产中原行', unit: '商水县黄寨镇人民政府', region: '商水县',
		date: '2021年6月26日', year: 2021, hand: NEAT, columns: 'item-progress'
	},
	{
		name: '寿光市羊口镇安全月统计表.xls',
		about: 'legacy .xls 2023 form, approximate numbers and 万, label/value header cells',
		format: 'xls', template: TPL_2023, titleYear: 2023, unit: '寿光市羊口镇人民政府', region: '寿光市',
		date: '2023年6月28日', year: 2023, hand: APPROX, columns: 'item-progress', info: 'cells'
	},
	{
		name: '丹棱县杨场镇安全生产月进展情况统计表.docx',
		about: 'Word 2020 form, four columns with 活动项目 merged down (vMerge), mixed typing',
		format: 'docx', template: TPL_2020, titleYear: 2020, campaign: '安全生产巴蜀行', unit: '丹棱县杨场镇人民政府', region: '丹棱县',
		date: '2020年6月24日', year: 2020, hand: MIXED, columns: 'item-sub-req-progress', mergeItems: true
	},
	{
		name: '安吉县孝丰镇2021年安全月进展情况.docx',
		about: 'Word 2021 form, lines run together, bare 是/否, half-width brackets',
		format: 'docx', template: TPL_2021, titleYear: 2021, campaign: '安全生产浙江行', unit: '安吉县孝丰镇人民政府', region: '安吉县',
		date: '2021年6月27日', year: 2021, hand: RUN, columns: 'item-progress'
	},
	{
		name: '桃源县教育局安全生产月活动统计表.docx',
		about: 'Word 2023 county form, 序号 column, approximate numbers',
		format: 'docx', template: TPL_2023, titleYear: 2023, unit: '桃源县教育局', region: '桃源县',
		date: '2023年6月26日', year: 2023, hand: APPROX, columns: 'seq-item-progress', footer: FOOT
	},
	{
		name: '青神县住建局安全月进展情况统计表.docx',
		about: 'Word 2022 住建 form, Chinese numerals, 内容要求 column left empty',
		format: 'docx', template: TPL_2022_ZJ, titleYear: 2022, unit: '青神县住房和城乡建设局', region: '青神县',
		date: '2022年6月27日', year: 2022, hand: CN, columns: 'item-progress'
	},
	...[2022, 2023].map(
		(year): FormSpec => ({
			name: `罗坳镇安全生产月统计表（${year}年）.docx`,
			about: `Word form of one unit in two years (this is ${year}): both count, each in its year`,
			format: 'docx', template: TPL_2023, titleYear: year, unit: '于都县罗坳镇人民政府', region: '于都县',
			date: `${year}年6月2${year - 2017}日`, year, hand: year === 2022 ? NEAT : MIXED, columns: 'item-progress', group: '罗坳镇'
		})
	),
	{
		name: '杨场镇安全生产月进展情况（2021年）.docx',
		about: 'Word 2021 form, three columns with an empty 内容要求, tidy filling with some blanks',
		format: 'docx', template: TPL_2021, titleYear: 2021, campaign: '安全生产巴蜀行', unit: '丹棱县杨场镇人民政府', region: '丹棱县',
		date: '2021年6月28日', year: 2021, hand: BARE, columns: 'item-progress'
	}
];
