/**
 * The fourth set's filled forms (shape A): who filed which template, in which layout and format, with which habits.
 * One unit (澄江市石门水库管理所) files twice: the interim (6月10日) is superseded by the final, whose 填报日期 is blank
 * and whose file name carries （6月28日）.
 */
import { buildForm, type BuiltForm, type FormSpec } from './form-build';
import { commerce, culture, stateOwned, village, water } from './form-templates';
import { plainHabit, type Habit } from './model';

const habit = (h: Partial<Habit>): Habit => ({ ...plainHabit, blank: 0.06, none: 0.05, ...h });

type Spec = Omit<FormSpec, 'unitLabel' | 'dateLabel' | 'numbering' | 'answers'> & Partial<Pick<FormSpec, 'unitLabel' | 'dateLabel' | 'numbering' | 'answers'>>;
const specs = (): Spec[] => [
	// 澄江市水利局 2022
	{ name: '石门水库管理所安全生产月统计表（6月10日）.xlsx', group: '澄江市石门水库管理所', format: 'xlsx', about: '水利 interim (superseded), merged 类别, one header line', template: water(2022), layout: 'merged4', headerAt: 'line', unit: '澄江市石门水库管理所', region: '澄江市', year: '2022', date: '2022年6月10日', status: 'superseded', sheet: '统计表', style: 'paren', habit: habit({ hanzi: 0.1 }), answers: 0 },
	{ name: '石门水库管理所安全生产月统计表（6月28日）.xlsx', group: '澄江市石门水库管理所', format: 'xlsx', about: '水利 final, 填报日期 blank, date in the file name', template: water(2022), layout: 'merged4', headerAt: 'line', unit: '澄江市石门水库管理所', region: '澄江市', year: '2022', date: '', sheet: '统计表', style: 'paren', habit: habit({ approx: 0.3, wan: 0.5 }), answers: 0 },
	{ name: '龙潭水电站2022安全月情况.xlsx', format: 'xlsx', writer: 'sheetjs', about: '水利, headings as rows, items ①, ____ slots, SheetJS-written', template: water(2022), layout: 'headingRows', headerAt: 'cells', unitLabel: '单位名称', unit: '澄江市龙潭水电站', region: '澄江市', year: '2022', date: '2022.6.27', style: 'line', habit: habit({ fullWidth: true }), answers: 1, numbering: 'circled' },
	{ name: '东干渠灌区管理所-安全生产月.xlsx', format: 'xlsx', about: '水利, 3 columns with 类别 repeated, bare numbers, 单位 under the table', template: water(2022), layout: 'repeat3', headerAt: 'foot', unit: '澄江市东干渠灌区管理所', region: '澄江市', year: '2022', date: '2022年6月27日', style: 'bare', habit: habit({ hanzi: 0.2, approx: 0.2 }), answers: 4 },
	{ name: '附件2 澄江市河道堤防管理站.xls', format: 'xls', about: '水利 .xls, 【】 slots, answers ■', template: water(2022), layout: 'merged4', headerAt: 'cells', unit: '澄江市河道堤防管理站', region: '澄江市', year: '2022', date: '2022-06-26', sheet: '附件2', style: 'lenticular', habit: habit({ commas: 0.5 }), answers: 3 },
	// 洛水县青石镇人民政府 2021 (村委会)
	{ name: '青石镇柳湾村安全月统计表.docx', format: 'docx', about: '村 Word table, 类别 merged down, （ ） slots', template: village(2021), layout: 'wordMerged', headerAt: 'line', unit: '洛水县青石镇柳湾村民委员会', region: '洛水县', year: '2021', date: '2021年6月24日', style: 'parenSpace', habit: habit({ hanzi: 0.25 }), answers: 0 },
	{ name: '青石镇桃源村2021年安全生产月活动情况.docx', format: 'docx', about: '村 Word table, heading rows, items （一）, Chinese numerals', template: village(2021), layout: 'wordRows', headerAt: 'foot', unit: '洛水县青石镇桃源村委会', region: '洛水县', year: '2021', date: '2021年6月23日', style: 'paren', habit: habit({ hanzi: 0.5 }), answers: 2, numbering: 'paren' },
	{ name: '石桥村安全月报表.docx', format: 'docx', about: '村 Word paragraphs only (no table), numbers bare', template: village(2021), layout: 'paragraphs', headerAt: 'line', unit: '洛水县青石镇石桥村委会', region: '洛水县', year: '2021', date: '2021年6月25日', style: 'bare', habit: habit({ approx: 0.2 }), answers: 4 },
	{ name: '青石镇枫林村安全生产月统计.docx', format: 'docx', about: '村 Word table, heading rows, half-width () slots, √ answers', template: village(2021), layout: 'wordRows', headerAt: 'line', unit: '洛水县青石镇枫林村民委员会', region: '洛水县', year: '2021', date: '2021-6-24', style: 'half', habit: habit({ fullWidth: true }), answers: 1 },
	{ name: '青石镇河口村安全月统计表.doc', format: 'doc', about: '村 Word 97 .doc (LibreOffice), 类别 merged down', template: village(2021), layout: 'wordMerged', headerAt: 'foot', unit: '洛水县青石镇河口村民委员会', region: '洛水县', year: '2021', date: '2021年6月24日', style: 'paren', habit: habit({ hanzi: 0.15, approx: 0.2 }), answers: 5 },
	{ name: '附件：青石镇白沙村安全生产月情况.doc', format: 'doc', about: '村 Word 97 .doc, heading rows, items 1.', template: village(2021), layout: 'wordRows', headerAt: 'line', unit: '洛水县青石镇白沙村委会', region: '洛水县', year: '2021', date: '2021.6.25', style: 'lenticular', habit: habit({}), answers: 6 },
	// 宁川市文化广电和旅游局 2024
	{ name: '青峰山景区安全生产月工作报表.xls', format: 'xls', about: '文旅 .xls, merged 板块, 整改率 % and 已整改 unmapped', template: culture(2024), layout: 'merged4', headerAt: 'line', unit: '宁川市青峰山景区管理处', region: '宁川市', year: '2024', date: '2024年6月27日', sheet: '报表', style: 'paren', habit: habit({ wan: 0.6, approx: 0.2 }), answers: 2 },
	{ name: '宁川市博物馆安全月报表2024.xls', format: 'xls', about: '文旅 .xls, headings as rows, items 1.', template: culture(2024), layout: 'headingRows', headerAt: 'foot', unitLabel: '单位名称', dateLabel: '报送日期', unit: '宁川市博物馆', region: '宁川市', year: '2024', date: '2024年6月26日', style: 'parenSpace', habit: habit({ hanzi: 0.2 }), answers: 3 },
	{ name: '宁川市图书馆“安全生产月”落实情况.docx', format: 'docx', about: '文旅 Word table, 板块 merged down, ____ slots', template: culture(2024), layout: 'wordMerged', headerAt: 'line', unit: '宁川市图书馆', region: '宁川市', year: '2024', date: '2024年6月28日', style: 'line', habit: habit({ commas: 0.5 }), answers: 5 },
	{ name: '宁川大剧院安全月报表.doc', format: 'doc', about: '文旅 Word 97 .doc, heading rows, items ①', template: culture(2024), layout: 'wordRows', headerAt: 'foot', unit: '宁川市大剧院', region: '宁川市', year: '2024', date: '2024-06-27', style: 'paren', habit: habit({ approx: 0.2, fullWidth: true }), answers: 0, numbering: 'circled' },
	// 江阳市国资委 2025
	{ name: '江阳城投集团安全生产月活动情况表.xlsx', format: 'xlsx', about: '国资 one number per row (类别|统计项目|计量单位|数量), numbers as cells', template: stateOwned(2025), layout: 'cellPer', headerAt: 'cells', unit: '江阳市城市建设投资集团有限公司', region: '江阳市', year: '2025', date: '2025年6月27日', sheet: '情况表', style: 'bare', habit: habit({ approx: 0.15 }), answers: 1 },
	{ name: '江阳水务集团安全月情况表（2025）.xlsx', format: 'xlsx', writer: 'sheetjs', about: '国资 sentences, 4 columns, merged 类别, one header line', template: stateOwned(2025), layout: 'merged4', headerAt: 'line', unit: '江阳市水务集团有限公司', region: '江阳市', year: '2025', date: '2025年6月26日', style: 'paren', habit: habit({ wan: 0.5, hanzi: 0.1 }), answers: 5 },
	{ name: '公交集团第二分公司安全月活动情况.xlsx', format: 'xlsx', about: '国资 二级单位, one number per row, answers ☑', template: stateOwned(2025), layout: 'cellPer', headerAt: 'foot', unit: '江阳市公交集团第二分公司', region: '江阳市', year: '2025', date: '2025年6月25日', sheet: 'Sheet1', style: 'bare', habit: habit({ hanzi: 0, commas: 0.3 }), answers: 0 },
	// 宁川 娱乐场所 (文旅)
	{ name: '星光KTV安全生产月情况表.docx', format: 'docx', about: '文旅 娱乐场所 Word table, heading rows, 【】 slots', template: culture(2024), layout: 'wordRows', headerAt: 'line', unitLabel: '单位名称', unit: '宁川市星光KTV娱乐有限公司', region: '宁川市', year: '2024', date: '2024年6月25日', style: 'lenticular', habit: habit({ hanzi: 0.3 }), answers: 6, numbering: 'arabic' },
	// 临海市商务局 2023
	{ name: '华联购物中心安全生产月进展统计表.xlsx', format: 'xlsx', about: '商务, 4 columns, merged 项目, answers ☑', template: commerce(2023), layout: 'merged4', headerAt: 'cells', unit: '临海市华联购物中心', region: '临海市', year: '2023', date: '2023年6月25日', sheet: '进展统计', style: 'paren', habit: habit({ commas: 0.4 }), answers: 0 },
	{ name: '中石化临海城东加油站-安全月进展.xlsx', format: 'xlsx', about: '商务, heading rows, items （一）, bare numbers', template: commerce(2023), layout: 'headingRows', headerAt: 'line', unitLabel: '填报单位（盖章）', unit: '中石化临海城东加油站', region: '', year: '2023', date: '2023/6/26', style: 'bare', habit: habit({ hanzi: 0.2 }), answers: 4, numbering: 'paren' },
	{ name: '东方物流园安全生产月统计.xls', format: 'xls', about: '商务 .xls, 3 columns repeated 项目, （ ） slots', template: commerce(2023), layout: 'repeat3', headerAt: 'line', unit: '临海市东方物流园管理有限公司', region: '临海市', year: '2023', date: '2023年6月26日', style: 'parenSpace', habit: habit({ approx: 0.3 }), answers: 6 },
	{ name: '万达广场商业管理公司安全月统计表.doc', format: 'doc', about: '商务 Word 97 .doc, 项目 merged down', template: commerce(2023), layout: 'wordMerged', headerAt: 'line', unit: '临海市万达广场商业管理有限公司', region: '临海市', year: '2023', date: '2023年6月27日', style: 'paren', habit: habit({ fullWidth: true, hanzi: 0.1 }), answers: 2 },
];

export async function buildForms(): Promise<BuiltForm[]> {
	const out: BuiltForm[] = [];
	for (const s of specs()) out.push(await buildForm({ unitLabel: '填报单位', dateLabel: '填报日期', numbering: 'arabic', answers: 0, ...s }));
	return out;
}
