/**
 * Hand-written validation of a mapping profile read from a file: a bad
 * profile is refused as a whole, with one clear reason in Chinese and English.
 */
import { ACTIVITIES } from '../schema/activities';
import type { Family } from '../schema/types';
import { isSchemaMetric } from './catalog';
import { decisionKey } from './key';
import { PROFILE_FORMAT, PROFILE_VERSION, type CustomMetric, type LabelDecision, type MappingProfile } from './profile';
import { Refusal, isObject } from '../base/problem';

export const PROFILE_LIMITS = {
	/** Custom metrics in one profile. */
	metrics: 500,
	/** Label decisions in one profile. */
	labels: 10_000,
	/** A label or context (form clauses run long). */
	labelChars: 500,
	/** A metric id, name or unit. */
	nameChars: 100,
	/** The profile file itself. */
	fileBytes: 5_000_000
} as const;

const FAMILY_SET = new Set<Family>(['P', 'S', 'H', 'M', 'C', 'F', 'T']);
const ACTIVITY_IDS = new Set(ACTIVITIES.map((a) => a.id));
/** Letters, digits, `_`, `.`, `-`; no spaces (ids go into CSV, SQL parameters and URLs). */
const ID_PATTERN = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;

export interface ProfileError {
	zh: string;
	en: string;
}

export type ProfileResult = { ok: true; profile: MappingProfile } | { ok: false; error: ProfileError };

const refuse = (zh: string, en: string): never => {
	throw new Refusal(`映射配置无效：${zh}`, `Invalid mapping profile: ${en}`);
};

function text(v: unknown, where: string, max: number, opts: { optional?: boolean; allowEmpty?: boolean } = {}): string {
	if (v === undefined && opts.optional) return '';
	if (typeof v !== 'string') return refuse(`${where} 必须是文字。`, `${where} must be a string.`);
	if (v.length > max) return refuse(`${where} 太长（${v.length} 个字符，最多 ${max} 个）。`, `${where} is too long (${v.length} characters, at most ${max}).`);
	if (!opts.allowEmpty && v.trim() === '') return refuse(`${where} 不能为空。`, `${where} must not be empty.`);
	return v;
}

function customMetric(v: unknown, i: number): CustomMetric {
	const where = `metrics[${i}]`;
	if (!isObject(v)) return refuse(`${where} 必须是对象。`, `${where} must be an object.`);
	const id = text(v.id, `${where}.id`, PROFILE_LIMITS.nameChars);
	if (!ID_PATTERN.test(id))
		refuse(`${where}.id “${id}”只能包含字母、数字、下划线、点和连字符，不能有空格。`, `${where}.id "${id}" may hold only letters, digits, "_", "." and "-", no spaces.`);
	if (isSchemaMetric(id)) refuse(`自定义指标“${id}”与标准指标重名。`, `custom metric "${id}" clashes with a schema metric id.`);
	const zh = text(v.zh, `${where}.zh`, PROFILE_LIMITS.nameChars);
	const en = text(v.en, `${where}.en`, PROFILE_LIMITS.nameChars, { optional: true, allowEmpty: true });
	const activity = text(v.activity, `${where}.activity`, PROFILE_LIMITS.nameChars);
	if (!ACTIVITY_IDS.has(activity)) refuse(`${where} 的活动“${activity}”不在活动表中。`, `${where} names an unknown activity "${activity}".`);
	const family = v.family;
	if (typeof family !== 'string' || !FAMILY_SET.has(family as Family))
		refuse(`${where} 的类别“${String(family)}”未知（应为 P、S、H、M、C、F 或 T）。`, `${where} has an unknown family "${String(family)}" (expected P, S, H, M, C, F or T).`);
	const unit = text(v.unit, `${where}.unit`, PROFILE_LIMITS.nameChars, { optional: true, allowEmpty: true });
	return { id, zh: zh.trim(), en: en.trim(), activity, family: family as Family, unit: unit.trim() };
}

function labelDecision(v: unknown, i: number, known: (id: string) => boolean): LabelDecision {
	const where = `labels[${i}]`;
	if (!isObject(v)) return refuse(`${where} 必须是对象。`, `${where} must be an object.`);
	const label = text(v.label, `${where}.label`, PROFILE_LIMITS.labelChars);
	const context = v.context === undefined ? undefined : text(v.context, `${where}.context`, PROFILE_LIMITS.labelChars, { allowEmpty: true });
	if (v.ignore !== undefined && v.ignore !== true) refuse(`${where}.ignore 只能是 true。`, `${where}.ignore may only be true.`);
	const ignore = v.ignore === true;
	let metricId: string | null;
	if (v.metricId === undefined && ignore) metricId = null;
	else if (v.metricId === null) metricId = null;
	else {
		metricId = text(v.metricId, `${where}.metricId`, PROFILE_LIMITS.nameChars);
		if (ignore) refuse(`${where} 既被忽略又映射到指标“${metricId}”。`, `${where} is both ignored and mapped to "${metricId}".`);
		if (!known(metricId))
			refuse(`${where}（“${label}”）映射到的指标“${metricId}”既不在标准指标中，也不在本配置的自定义指标中。`, `${where} ("${label}") maps to "${metricId}", which is neither a schema metric nor a custom metric of this profile.`);
	}
	return { label, ...(context ? { context } : {}), metricId, ...(ignore ? { ignore: true as const } : {}) };
}

/** Validates a parsed profile (e.g. `JSON.parse` of an imported file). */
export function validateProfile(input: unknown): ProfileResult {
	try {
		if (!isObject(input)) refuse('内容必须是一个 JSON 对象。', 'the content must be a JSON object.');
		const v = input as Record<string, unknown>;
		if (v.format !== PROFILE_FORMAT)
			refuse(`格式应为“${PROFILE_FORMAT}”，而不是“${String(v.format)}”。`, `format must be "${PROFILE_FORMAT}", not "${String(v.format)}".`);
		if (v.version !== PROFILE_VERSION)
			refuse(`版本 ${String(v.version)} 不受支持（本程序读取版本 ${PROFILE_VERSION}）。`, `version ${String(v.version)} is not supported (this program reads version ${PROFILE_VERSION}).`);
		const rawMetrics = v.metrics ?? [];
		const rawLabels = v.labels ?? [];
		if (!Array.isArray(rawMetrics)) refuse('metrics 必须是数组。', 'metrics must be an array.');
		if (!Array.isArray(rawLabels)) refuse('labels 必须是数组。', 'labels must be an array.');
		const ms = rawMetrics as unknown[];
		const ls = rawLabels as unknown[];
		if (ms.length > PROFILE_LIMITS.metrics)
			refuse(`自定义指标太多（${ms.length} 个，最多 ${PROFILE_LIMITS.metrics} 个）。`, `too many custom metrics (${ms.length}, at most ${PROFILE_LIMITS.metrics}).`);
		if (ls.length > PROFILE_LIMITS.labels)
			refuse(`标签决定太多（${ls.length} 条，最多 ${PROFILE_LIMITS.labels} 条）。`, `too many label decisions (${ls.length}, at most ${PROFILE_LIMITS.labels}).`);

		const metrics = ms.map(customMetric);
		const ids = new Set<string>();
		for (const m of metrics) {
			if (ids.has(m.id)) refuse(`自定义指标“${m.id}”重复定义。`, `custom metric "${m.id}" is defined twice.`);
			ids.add(m.id);
		}
		const known = (id: string) => isSchemaMetric(id) || ids.has(id);
		const labels = ls.map((l, i) => labelDecision(l, i, known));
		const keys = new Map<string, number>();
		labels.forEach((d, i) => {
			const key = decisionKey(d);
			if (key === '') refuse(`labels[${i}] 的标签只有空白或括号。`, `labels[${i}] has a label of only blanks or brackets.`);
			const prev = keys.get(key);
			if (prev !== undefined)
				refuse(`labels[${prev}] 与 labels[${i}] 是同一个标签“${d.label}”的两个决定。`, `labels[${prev}] and labels[${i}] are two decisions for the same label "${d.label}".`);
			keys.set(key, i);
		});
		return { ok: true, profile: { format: PROFILE_FORMAT, version: PROFILE_VERSION, metrics, labels } };
	} catch (e) {
		if (e instanceof Refusal) return { ok: false, error: { zh: e.zh, en: e.en } };
		throw e;
	}
}

/** Parses and validates a profile file's text. */
export function parseProfile(json: string): ProfileResult {
	if (json.length > PROFILE_LIMITS.fileBytes)
		return { ok: false, error: { zh: `映射配置无效：文件太大（最多 ${PROFILE_LIMITS.fileBytes} 个字符）。`, en: `Invalid mapping profile: the file is too large (at most ${PROFILE_LIMITS.fileBytes} characters).` } };
	let value: unknown;
	try {
		value = JSON.parse(json.replace(/^\ufeff/, ''));
	} catch (e) {
		const detail = e instanceof Error ? e.message : String(e);
		return { ok: false, error: { zh: `映射配置无效：不是有效的 JSON（${detail}）。`, en: `Invalid mapping profile: not valid JSON (${detail}).` } };
	}
	return validateProfile(value);
}
