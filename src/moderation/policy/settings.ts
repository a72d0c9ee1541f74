// Default policy pack settings ("in-it-rules") and how a site's settings are merged over them.
import type { Decision, Label, ModerationSettings } from '../types';

export interface ResolvedSettings {
  thresholds: Record<Label, number>;
  actions: Record<Label, Decision>;
  /** An insult at or above this score is rejected rather than held. */
  insultRejectAt: number;
  /** A model-only score (no lexicon evidence) must reach this to hold a comment. */
  modelOnlyAt: number;
}

export const DEFAULT_SETTINGS: ResolvedSettings = {
  thresholds: { insult: 0.5, defamation: 0.6, inflammatory: 0.6, obscene: 0.6, vulgar: 0.5 },
  actions: { insult: 'review', defamation: 'review', inflammatory: 'reject', obscene: 'reject', vulgar: 'review' },
  insultRejectAt: 0.9,
  modelOnlyAt: 0.75,
};

export function resolveSettings(s: ModerationSettings | undefined): ResolvedSettings {
  if (!s) return DEFAULT_SETTINGS;
  const actions = { ...DEFAULT_SETTINGS.actions, ...s.actions };
  // Defamation is a question of fact a human must weigh: never auto-rejected.
  if (actions.defamation === 'reject') actions.defamation = 'review';
  return {
    ...DEFAULT_SETTINGS,
    thresholds: { ...DEFAULT_SETTINGS.thresholds, ...s.thresholds },
    actions,
  };
}
