/** The four headline measures and the metric family each sums. */
export const MEASURES = {
	participation: 'P',
	hazards: 'H',
	media: 'M',
	sessions: 'S'
} as const;

export type Measure = keyof typeof MEASURES;
export const MEASURE_IDS = Object.keys(MEASURES) as Measure[];
