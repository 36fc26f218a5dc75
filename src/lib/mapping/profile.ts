/**
 * A mapping profile: the user's last word on label → metric, shareable as a
 * JSON file (an office gives it to next year's clerk; the CLI takes it too).
 */
import type { Family } from '../schema/types';

export const PROFILE_FORMAT = 'anquanyue-mapping';
export const PROFILE_VERSION = 1;

/** A metric the user added for labels outside the schema (e.g. 发放宣传资料（份）). */
export interface CustomMetric {
	id: string;
	zh: string;
	en: string;
	/** A schema activity id. */
	activity: string;
	family: Family;
	/** Unit of measure (份, 人次 …), '' when none. */
	unit: string;
}

/**
 * One decision about a source label. `label` is the label as written (a wide
 * table's `group|leaf`, a long table's `活动|指标`, a form's clause). `context`,
 * when given, is the group part: `{ label: '场次', context: '应急演练' }` is the
 * same decision as `{ label: '应急演练|场次' }`.
 */
export interface LabelDecision {
	label: string;
	context?: string;
	/** The metric the label means (schema or custom), or null: not a metric, stays unmapped. */
	metricId: string | null;
	/** Leave the label's values out of every sum; they stay visible as ignored. */
	ignore?: true;
}

export interface MappingProfile {
	format: typeof PROFILE_FORMAT;
	version: typeof PROFILE_VERSION;
	metrics: CustomMetric[];
	labels: LabelDecision[];
}

export function emptyProfile(): MappingProfile {
	return { format: PROFILE_FORMAT, version: PROFILE_VERSION, metrics: [], labels: [] };
}
