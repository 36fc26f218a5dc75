import type { Fact } from '../facts/fact';
import { getActivity, getMetric } from '../schema/index';
import type { Check, CheckCode, CheckSource, Text } from './types';
import { RULES, ruleText } from './rules';

export function sourceOf(f: Fact): CheckSource {
	return { fileId: f.fileId, file: f.file, sheet: f.sheet, cell: f.cell, value: f.value, metricId: f.metricId };
}

/** `文件 工作表!A1` / `file sheet!A1`: how a message names a place. */
export function placeOf(s: { file: string; sheet: string; cell: string }): string {
	const at = s.sheet ? (s.cell ? `${s.sheet}!${s.cell}` : s.sheet) : s.cell;
	return at ? `${s.file} ${at}` : s.file;
}

/** The metric's name as the schema gives it, else the label as written. */
export function metricName(f: Pick<Fact, 'metricId' | 'label'>): Text {
	const m = f.metricId ? getMetric(f.metricId) : undefined;
	return m ? { zh: m.zh, en: m.en } : { zh: f.label || (f.metricId ?? ''), en: f.label || (f.metricId ?? '') };
}

export function activityName(id: string | null): Text {
	const a = id ? getActivity(id) : undefined;
	return a ? { zh: a.zh, en: a.en } : { zh: id ?? '', en: id ?? '' };
}

export function unitYear(f: Pick<Fact, 'unit' | 'region' | 'year'>): Text {
	const who = f.unit || f.region || '（未知单位）';
	const whoEn = f.unit || f.region || '(unknown unit)';
	return f.year === null ? { zh: who, en: whoEn } : { zh: `${who}（${f.year}年）`, en: `${whoEn} (${f.year})` };
}

export function makeCheck(code: CheckCode, message: Text, sources: CheckSource[], about: { unit?: string; region?: string; year?: number | null } = {}): Check {
	const where = sources.map((s) => `${s.fileId}/${s.sheet}/${s.cell}`).join('|');
	return { code, level: RULES[code].level, key: `${code}:${where}`, zh: message.zh, en: message.en, rule: ruleText(code), ...about, sources };
}

/** Row number of an A1 address (`AB12` → 12). */
export function rowOf(cell: string): number {
	const m = /\d+$/.exec(cell);
	return m ? Number(m[0]) : 0;
}
