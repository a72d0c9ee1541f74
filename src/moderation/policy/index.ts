// The policy: ordered rules and the settings they read.
export { RULES, decide, modelBar, type Rule } from './rules';
export { DEFAULT_SETTINGS, resolveSettings, type ResolvedSettings } from './settings';
export const POLICY_VERSION = 'in-it-rules-1';
