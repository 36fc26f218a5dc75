/** The four headline measures and the metric family each sums. */
export const MEASURES = {
	participation: 'P',
	hazards: 'H',
	media: 'M',
	sessions: 'S'
} as const;

export type Measure = keyof typeof MEASURES;
export const MEASURE_IDS = Object.keys(MEASURES) as Measure[];

/**
 * The dashboard's headline measures and the one name each goes by — on screen, in the
 * exported tables and charts, in the report workbook and the CLI's report alike.
 * Each sums one metric family (see the schema's families); the units reporting are counted.
 */
export const HEADLINE_NAMES = {
	participation: { zh: '参与人次', en: 'Participation' },
	hazards: { zh: '隐患数', en: 'Hazards' },
	media: { zh: '宣传作品数', en: 'Media items' },
	sessions: { zh: '活动场次', en: 'Sessions' },
	units: { zh: '填报单位数', en: 'Units reporting' }
} as const;
