import type { Fact } from '../facts/fact';
import type { MetricMatch } from '../schema/match';
import type { ParsedNumber } from './numbers';
import type { FileContext } from './context';

/** Where a value was read and whose it is. */
export interface FactOrigin {
	sheet: string;
	cell: string;
	unit: string;
	region: string;
	year: number | null;
	filedOn: string | null;
}

/** A number under a label: on its metric when the label matched, else kept as unmapped. */
export function numberFact(ctx: FileContext, at: FactOrigin, match: MetricMatch | null, label: string, raw: string, n: ParsedNumber): Fact {
	// Written out field by field: this runs once per number, 400,000 times for a big table.
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
		family: match?.family ?? null,
		value: n.value,
		approx: n.approx,
		text: null,
		label,
		raw,
		status: match ? 'ok' : 'unmapped',
		confidence: match?.confidence ?? 0
	};
}
