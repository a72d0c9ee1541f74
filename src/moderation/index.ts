// The moderation engine's public surface.
export { createEngine, type Engine, type EngineData } from './engine';
export { normalise, toOriginalSpan, phoneticKey } from './normalise';
export { RULES, DEFAULT_SETTINGS, POLICY_VERSION } from './policy';
export type { LexiconFiles } from './lexicons';
export * from './types';
