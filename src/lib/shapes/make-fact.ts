import type { Fact } from '../facts/fact';
import type { MetricMatch } from '../schema/match';
import type { ParsedNumber } from './numbers';
import type { FileContext } from './context';

/** Where a value was read and whose it is. */
export type FactOrigin = Pick<Fact, 'sheet' | 'cell' | 'unit' | 'region' | 'year' | 'filedOn'>;

type Value = Pick<Fact, 'value' | 'approx' | 'text'>;

/**
 * A fact on its metric when the label matched, else kept as unmapped. Written
 * out field by field: this runs once per number, 400,000 times for a big table.
 */
export function makeFact(ctx: FileContext, at: FactOrigin, match: MetricMatch | null, label: string, raw: string, v: Value, family = match?.family ?? null): Fact {
	return {
		fileId: ctx.fileId,
		file: ctx.file,
		sheet: at.sheet,
		cell: at.cell,
		unit: at.unit,
		region: at.region,
		year: at.year,
		filedOn: at.filedOn,
		activityId: match?.activityId ?? null,
		metricId: match?.metricId ?? null,
		family,
		value: v.value,
		approx: v.approx,
		text: v.text,
		label,
		raw,
		status: match ? 'ok' : 'unmapped',
		confidence: match?.confidence ?? 0
	};
}

/** A number under a label. */
export function numberFact(ctx: FileContext, at: FactOrigin, match: MetricMatch | null, label: string, raw: string, n: ParsedNumber): Fact {
	return makeFact(ctx, at, match, label, raw, { value: n.value, approx: n.approx, text: null });
}
