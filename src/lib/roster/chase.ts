/**
 * The 催报 list: a year's units still owing their final form (未报, 仅报中期,
 * 无法读取), with contact and phone, as a message for a chat group and as rows
 * for a spreadsheet.
 */
import type { UnitStatus } from './status';
import { STATUS_LABEL, type UnitStatusCode } from './types';

export const DEFAULT_FORM_NAME = '安全生产月进展情况统计表';

/** The statuses that still owe a final form. */
export const CHASED: readonly UnitStatusCode[] = ['missing', 'interim', 'unreadable'];

export function chaseList(statuses: UnitStatus[], year: number): UnitStatus[] {
	return statuses.filter((s) => s.year === year && CHASED.includes(s.status));
}

const NOTE: Partial<Record<UnitStatusCode, { zh: string; en: string }>> = {
	interim: { zh: '已报中期，未报终报', en: 'interim filed, final missing' },
	unreadable: { zh: '文件无法读取，请重新报送', en: 'file unreadable, please send again' }
};

/**
 * The message, one numbered line per unit:
 * `1. 正宁县 山河镇（已报中期，未报终报），联系人：张三，电话：13800000001`.
 */
export function chaseText(statuses: UnitStatus[], year: number, lang: 'zh' | 'en' = 'zh', formName = DEFAULT_FORM_NAME): string {
	const list = chaseList(statuses, year);
	const zh = lang === 'zh';
	if (list.length === 0) return zh ? `${year}年${formName}：名单内单位均已报送。` : `${year} ${formName}: every unit on the roster has filed.`;
	const head = zh ? `以下单位尚未报送${year}年${formName}：` : `These units have not yet sent their ${year} ${formName}:`;
	const lines = list.map((s, i) => {
		const note = NOTE[s.status];
		const who = [s.unit.region, s.unit.name].filter(Boolean).join(' ');
		const noteText = note ? (zh ? `（${note.zh}）` : ` (${note.en})`) : '';
		const reach = [s.contact && (zh ? `联系人：${s.contact}` : `contact: ${s.contact}`), s.phone && (zh ? `电话：${s.phone}` : `phone: ${s.phone}`)].filter(Boolean);
		return `${i + 1}. ${who}${noteText}${reach.length ? (zh ? '，' : ', ') + reach.join(zh ? '，' : ', ') : ''}`;
	});
	return [head, ...lines].join('\n');
}

export const CHASE_COLUMNS = {
	zh: ['序号', '地区', '单位', '状态', '联系人', '电话', '最近报送文件', '填报日期'],
	en: ['No.', 'Region', 'Unit', 'Status', 'Contact', 'Phone', 'Latest file', 'Filed on']
};

/** Rows for the .xlsx: the columns above, one row per unit owing its form. */
export function chaseRows(statuses: UnitStatus[], year: number, lang: 'zh' | 'en' = 'zh'): (string | number)[][] {
	return chaseList(statuses, year).map((s, i) => [
		i + 1,
		s.unit.region,
		s.unit.name,
		STATUS_LABEL[s.status][lang],
		s.contact,
		s.phone,
		s.latest?.file ?? s.failedFiles[0]?.file ?? '',
		s.latest?.filedOn ?? ''
	]);
}
