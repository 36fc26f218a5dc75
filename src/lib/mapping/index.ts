export { PROFILE_FORMAT, PROFILE_VERSION, emptyProfile, type CustomMetric, type LabelDecision, type MappingProfile } from './profile';
export { PROFILE_LIMITS, parseProfile, validateProfile, type ProfileError, type ProfileResult } from './validate';
export { applyMapping, decisionIndex } from './apply';
export { labelInventory, type LabelEntry } from './inventory';
export { metricCatalog, catalogMetric, isSchemaMetric } from './catalog';
export { labelKey, decisionKey } from './key';
export { withDecision, withoutDecision, withMetric } from './edit';
export { mappingDraft, type MappingDraft, type DraftLabel, type DraftSuggestion } from './draft';
