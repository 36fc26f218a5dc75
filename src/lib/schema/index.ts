export type { Activity, Family, Metric, MetricName } from './types';
export { ACTIVITIES } from './activities';
export { METRICS } from './metrics';
export { METRIC_NAMES } from './metric-names';
export { FAMILIES, getMetric, getActivity, metricsOfActivity } from './lookup';
export { matchMetric, rankMetrics, detectActivity, type MetricMatch } from './match';
export { measureOf, uncountedReason } from './measure';
export { suggestMetrics, type Suggestion, type SuggestionReason } from './suggest';
export { normalizeLabel } from './label';
