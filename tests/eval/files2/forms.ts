/**
 * The second set's filled forms: which template, layout, blank-slot style and hand, for which unit and year.
 * Units and campaigns from provinces the first set has none of (陕西、山西、甘肃、贵州、广西、河北、湖北、福建、云南、安徽).
 */
import type { Hand2 } from './fill';
import type { Form2 } from './form-write';
import { T_JY, T_YJ, T_ZJ } from './templates';

const TIDY: Hand2 = { main: 'digits', others: { blank: 0.05 }, yn: 'box', join: '\n' };
const MIXED: Hand2 = { main: 'digits', others: { fw: 0.15, cn: 0.1, approx: 0.1, blank: 0.08 }, yn: 'paren', untouched: 0.15, dropBrackets: 0.2, join: '\n' };
const ROUGH: Hand2 = { main: 'approx', others: { wan: 0.15, comma: 0.1, nil: 0.08, blank: 0.05 }, yn: 'tick', join: '\n' };
const CNUM: Hand2 = { main: 'cn', others: { digits: 0.3, blank: 0.1 }, yn: 'bare', join: '\n' };
const RUNON: Hand2 = { main: 'digits', others: { nil: 0.1, fw: 0.1, blank: 0.05 }, yn: 'check', dropBrackets: 0.5, join: '' };
const SPACED: Hand2 = { main: 'digits', others: { approx: 0.2, cn: 0.1 }, yn: 'bare', untouched: 0.1, join: ' ' };

const NOTE = ['注：1．本表请于6月28日前报送县安委办；2．统计时段为6月1日至6月25日；3．无此项工作的填“0”或“无”。'];
const SIGN = ['单位负责人：            审核人：            填表人：'];

export const FORMS2: Form2[] = [
	{
		name: '武功县普集街镇2022年安全月活动开展情况统计表.xlsx', about: '应急 form, 序号|活动类别(merged)|工作内容|完成情况, （ ） slots, tidy',
		format: 'xlsx', template: T_YJ, layout: 'seq-head-item', slot: 'paren', hand: TIDY, titleYear: 2022, place: '武功县普集街镇',
		unit: '武功县普集街镇人民政府', region: '武功县', date: '2022年6月26日', year: 2022, footer: NOTE
	},
	{
		name: '平遥县应急管理局安全月统计表.xlsx', about: '应急 form, headings as rows, ____ slots, mixed typing, label/value header cells with an Excel date',
		format: 'xlsx', template: T_YJ, layout: 'head-rows', slot: 'under', hand: MIXED, titleYear: 2022, place: '',
		unit: '平遥县应急管理局', region: '平遥县', date: new Date(Date.UTC(2022, 5, 27)), year: 2022, info: 'cells', footer: SIGN
	},
	{
		name: '会宁县城关镇安全月进展情况表.xlsx', about: '应急 form, two columns with ① items, no slots in the blank form (numbers in the sentence), unit without county (file name)',
		format: 'xlsx', template: T_YJ, layout: 'two', slot: 'none', hand: ROUGH, titleYear: 2022, place: '',
		unit: '城关镇人民政府', region: '会宁县', date: '2022.6.25', year: 2022
	},
	{
		name: '正定县新安镇安全生产月统计（6月10日）.xlsx', about: 'interim filing of a unit that filed again: superseded',
		format: 'xlsx', template: T_YJ, layout: 'seq-head-item', slot: 'lent', hand: TIDY, titleYear: 2022, place: '正定县新安镇',
		unit: '正定县新安镇人民政府', region: '正定县', date: '2022年6月10日', year: 2022, group: '新安镇2022', status: 'superseded'
	},
	{
		name: '正定县新安镇安全生产月统计（6月27日）.xlsx', about: 'final filing, 【 】 slots, Chinese numerals, bare 是/否',
		format: 'xlsx', template: T_YJ, layout: 'seq-head-item', slot: 'lent', hand: CNUM, titleYear: 2022, place: '正定县新安镇',
		unit: '正定县新安镇人民政府', region: '正定县', date: '2022年6月27日', year: 2022, group: '新安镇2022'
	},
	{
		name: '宾阳县住建局2023年安全生产月进展情况.xlsx', about: '住建 form, slots first/terse, 【 】, local campaign 八桂行, mixed typing',
		format: 'xlsx', template: T_ZJ, layout: 'seq-head-item', slot: 'lent', hand: MIXED, titleYear: 2023, place: '宾阳县住建系统', tour: '八桂行',
		unit: '宾阳县住房和城乡建设局', region: '宾阳县', date: '2023-06-26', year: 2023, footer: NOTE
	},
	{
		name: '秭归县市场监管局安全月工作进展表.xlsx', about: '市场监管 form, headings as rows, （ ） slots, rough numbers (约/余/万/1,260/无), 荆楚行',
		format: 'xlsx', template: T_ZJ, layout: 'head-rows', slot: 'paren', hand: ROUGH, titleYear: 2023, place: '秭归县市场监管系统', tour: '荆楚行',
		unit: '秭归县市场监督管理局', region: '秭归县', date: '2023年6月28日', year: 2023
	},
	{
		name: '永泰县城峰镇安全生产月活动情况.xlsx', about: '住建-style town form, two columns, ____ slots, lines run together, ✔ answers',
		format: 'xlsx', template: T_ZJ, layout: 'two', slot: 'under', hand: RUNON, titleYear: 2023, place: '永泰县城峰镇', tour: '八闽行',
		unit: '永泰县城峰镇人民政府', region: '永泰县', date: '2023年6月25日', year: 2023, unitLabel: '单位名称（盖章）'
	},
	{
		name: '湄潭县湄江中学安全生产月统计表.xlsx', about: '教育 form for a school, 其中 sub-counts, a 五进 total, no slots in the blank form',
		format: 'xlsx', template: T_JY, layout: 'head-rows', slot: 'none', hand: TIDY, titleYear: 2024, place: '湄潭县教育系统',
		unit: '湄潭县湄江中学', region: '湄潭县', date: '2024年6月24日', year: 2024
	},
	{
		name: '弥勒市第一小学安全月情况统计.xlsx', about: '教育 form, （ ） slots, Chinese numerals, title without a year (year from 填报日期)',
		format: 'xlsx', template: T_JY, layout: 'seq-head-item', slot: 'paren', hand: CNUM, titleYear: '', place: '弥勒市',
		unit: '弥勒市第一小学', region: '弥勒市', date: '2024年6月26日', year: 2024, footer: SIGN
	},
	{
		name: '介休市应急管理局安全月统计表.xls', about: 'legacy .xls 应急 form, （ ） slots, spaced lines, bare 是',
		format: 'xls', template: T_YJ, layout: 'head-rows', slot: 'paren', hand: SPACED, titleYear: 2022, place: '介休市',
		unit: '介休市应急管理局', region: '介休市', date: '2022年6月29日', year: 2022, footer: NOTE
	},
	{
		name: '歙县住建局安全生产月进展情况.xls', about: 'legacy .xls 住建 form, two columns, 【 】 slots, tidy, 江淮行',
		format: 'xls', template: T_ZJ, layout: 'two', slot: 'lent', hand: TIDY, titleYear: 2023, place: '歙县', tour: '江淮行',
		unit: '歙县住房和城乡建设局', region: '歙县', date: '2023年6月27日', year: 2023
	},
	{
		name: '兴平市西城中学安全月统计.xls', about: 'legacy .xls 教育 form, ____ slots, rough numbers',
		format: 'xls', template: T_JY, layout: 'two', slot: 'under', hand: ROUGH, titleYear: 2024, place: '兴平市',
		unit: '兴平市西城中学', region: '兴平市', date: '2024.6.25', year: 2024
	},
	{
		name: '正定县应急管理局2022年安全月进展情况.docx', about: 'Word table, 类别 merged down, （ ） slots, mixed typing',
		format: 'docx', template: T_YJ, layout: 'table', slot: 'paren', hand: MIXED, titleYear: 2022, place: '正定县',
		unit: '正定县应急管理局', region: '正定县', date: '2022年6月26日', year: 2022, footer: NOTE
	},
	{
		name: '会宁县住建局安全生产月活动进展情况.docx', about: 'Word table, 住建 form, ____ slots, Chinese numerals, 三秦行-style local name (陇中行)',
		format: 'docx', template: T_ZJ, layout: 'table', slot: 'under', hand: CNUM, titleYear: 2023, place: '会宁县', tour: '陇中行',
		unit: '会宁县住房和城乡建设局', region: '会宁县', date: '2023年6月26日', year: 2023
	},
	{
		name: '宾阳县实验小学安全生产月情况.docx', about: 'Word table, 教育 form, 【 】 slots, lines run together',
		format: 'docx', template: T_JY, layout: 'table', slot: 'lent', hand: RUNON, titleYear: 2024, place: '宾阳县',
		unit: '宾阳县实验小学', region: '宾阳县', date: '2024年6月25日', year: 2024
	},
	{
		name: '秭归县茅坪镇安全月开展情况（2022年）.docx', about: 'Word paragraphs only (一、heading / 1.item：text), no slots in the blank form, rough numbers',
		format: 'docx', template: T_YJ, layout: 'paragraphs', slot: 'none', hand: ROUGH, titleYear: 2022, place: '秭归县茅坪镇',
		unit: '秭归县茅坪镇人民政府', region: '秭归县', date: '2022年6月27日', year: 2022
	},
	{
		name: '平遥县古陶镇安全生产月进展情况.docx', about: 'Word paragraphs, 住建-style items, （ ） slots, tidy, 三晋行',
		format: 'docx', template: T_ZJ, layout: 'paragraphs', slot: 'paren', hand: TIDY, titleYear: 2023, place: '平遥县古陶镇', tour: '三晋行',
		unit: '平遥县古陶镇人民政府', region: '平遥县', date: '2023年6月24日', year: 2023
	},
	{
		name: '永泰县第一中学安全月工作情况.docx', about: 'Word paragraphs, 教育 form, spaced lines, approximate numbers',
		format: 'docx', template: T_JY, layout: 'paragraphs', slot: 'paren', hand: SPACED, titleYear: 2024, place: '永泰县',
		unit: '永泰县第一中学', region: '永泰县', date: '6月26日', year: 2024
	},
	{
		name: '弥勒市应急管理局安全月统计表.docx', about: 'Word table, 应急 form, lines run together, ✔ answers, 单位名称 header',
		format: 'docx', template: T_YJ, layout: 'table', slot: 'lent', hand: RUNON, titleYear: 2022, place: '弥勒市',
		unit: '弥勒市应急管理局', region: '弥勒市', date: '2022年6月28日', year: 2022, unitLabel: '单位名称（盖章）'
	}
];
