// Admins change the site's moderation settings, publish a new policy version, or close/premoderate a story; all audited.
import type { PolicyVersion, Site, SiteSettings, Story } from '../domain/types';
import { LABELS, type Decision, type Label } from '../moderation/types';
import { AppError } from '../domain/errors';
import { officerPublished, type GrievanceOfficer } from '../domain/grievance';
import { checkAddress } from '../mail/outbox';
import { MAX_AUTO_CLOSE_DAYS } from '../domain/storyClosing';
import { authorize, nowIso, type StaffActor, type StaffDeps } from './staffDeps';

export interface SettingsPatch {
  editWindowMinutes?: number;
  premoderation?: boolean;
  thresholds?: Partial<Record<Label, number>>;
  actions?: Partial<Record<Label, Decision>>;
  bannedWords?: string[];
  suspectWords?: string[];
  grievanceOfficer?: GrievanceOfficer;
  /** Unverified local readers' comments: held for review, or refused (with email verification on). */
  unverifiedComments?: 'review' | 'refuse';
  localAccounts?: boolean;
  /** Stories close for new comments this many days after creation (0: never); a story may override it. */
  autoCloseDays?: number;
}

/** Trims the officer's details; a name, an address and an email or phone are all needed (IT Rules 3(2)(a)). */
function cleanOfficer(o: GrievanceOfficer | undefined): GrievanceOfficer | undefined {
  if (o === undefined) return undefined;
  const t = (v: string | null | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const officer = { name: t(o.name) ?? '', email: t(o.email), phone: t(o.phone), address: t(o.address) ?? '' };
  if (!officerPublished(officer)) throw new AppError(400, 'grievance_officer_incomplete', 'The grievance officer needs a name, an address and an email or phone.');
  if (officer.email) checkAddress(officer.email);
  return officer;
}

function cleanWords(words: string[] | undefined, field: string): string[] | undefined {
  if (words === undefined) return undefined;
  if (!Array.isArray(words) || words.length > 5000) throw new AppError(400, 'validation_failed', `${field} must be a list of at most 5000 words.`);
  return [...new Set(words.map((w) => String(w).trim().toLowerCase()).filter(Boolean))];
}

function checkDays(v: unknown, field: string): void {
  if (v !== undefined && v !== null && (!Number.isInteger(v) || (v as number) < 0 || (v as number) > MAX_AUTO_CLOSE_DAYS)) {
    throw new AppError(400, 'validation_failed', `${field} must be a whole number of days from 0 to ${MAX_AUTO_CLOSE_DAYS}.`);
  }
}

function validate(p: SettingsPatch): void {
  checkDays(p.autoCloseDays, 'autoCloseDays');
  if (p.unverifiedComments !== undefined && p.unverifiedComments !== 'review' && p.unverifiedComments !== 'refuse') {
    throw new AppError(400, 'validation_failed', 'unverifiedComments must be review or refuse.');
  }
  if (p.editWindowMinutes !== undefined && (!Number.isInteger(p.editWindowMinutes) || p.editWindowMinutes < 0 || p.editWindowMinutes > 1440)) {
    throw new AppError(400, 'validation_failed', 'editWindowMinutes must be a whole number from 0 to 1440.');
  }
  for (const [label, v] of Object.entries(p.thresholds ?? {})) {
    if (!(LABELS as readonly string[]).includes(label)) throw new AppError(400, 'validation_failed', `Unknown label ${label} in thresholds.`);
    if (typeof v !== 'number' || v < 0 || v > 1) throw new AppError(400, 'validation_failed', `thresholds.${label} must be between 0 and 1.`);
  }
  for (const [label, v] of Object.entries(p.actions ?? {})) {
    if (!(LABELS as readonly string[]).includes(label)) throw new AppError(400, 'validation_failed', `Unknown label ${label} in actions.`);
    if (!['approve', 'review', 'reject'].includes(v as string)) throw new AppError(400, 'validation_failed', `actions.${label} must be approve, review or reject.`);
    // Defamation needs a human: the engine never auto-rejects it (DESIGN.md), so settings may not either.
    if (label === 'defamation' && v === 'reject') throw new AppError(400, 'defamation_needs_review', 'Defamation is never rejected automatically; use review.');
  }
}

export async function updateSettings(deps: StaffDeps, input: { actor: StaffActor; siteId: string; patch: SettingsPatch }): Promise<Site> {
  authorize(input.actor, 'settings.update', input.siteId);
  validate(input.patch);
  return deps.store.transaction(async (tx) => {
    const site = await tx.getSite(input.siteId);
    if (!site) throw new AppError(404, 'not_found', 'Site not found.');
    const p = input.patch;
    const m = site.settings.moderation ?? {};
    const settings: SiteSettings = {
      ...site.settings,
      editWindowMinutes: p.editWindowMinutes ?? site.settings.editWindowMinutes,
      premoderation: p.premoderation ?? site.settings.premoderation,
      grievanceOfficer: cleanOfficer(p.grievanceOfficer) ?? site.settings.grievanceOfficer ?? null,
      ...(p.unverifiedComments ? { unverifiedComments: p.unverifiedComments } : {}),
      ...(p.localAccounts !== undefined ? { localAccounts: p.localAccounts } : {}),
      ...(p.autoCloseDays !== undefined ? { autoCloseDays: p.autoCloseDays } : {}),
      moderation: {
        ...m,
        thresholds: p.thresholds ? { ...m.thresholds, ...p.thresholds } : m.thresholds,
        actions: p.actions ? { ...m.actions, ...p.actions } : m.actions,
        bannedWords: cleanWords(p.bannedWords, 'bannedWords') ?? m.bannedWords,
        suspectWords: cleanWords(p.suspectWords, 'suspectWords') ?? m.suspectWords,
      },
    };
    const next = { ...site, settings };
    await tx.saveSite(next);
    await tx.appendAudit({
      at: nowIso(deps), actor: input.actor.id, action: 'settings.update', targetType: 'site', targetId: site.id,
      reason: Object.keys(p).sort().join(',') || null, rule: null, data: { before: site.settings, after: settings },
    });
    return next;
  });
}

export async function publishPolicy(deps: StaffDeps, input: { actor: StaffActor; siteId: string; text: string }): Promise<PolicyVersion> {
  authorize(input.actor, 'settings.update', input.siteId);
  const text = (input.text ?? '').trim();
  if (!text || text.length > 20_000) throw new AppError(400, 'validation_failed', 'Policy text must have 1 to 20000 characters.');
  return deps.store.transaction(async (tx) => {
    // Lock the site first, so two publishers take turns and the second sees the first one's version number.
    if (!(await tx.getSite(input.siteId))) throw new AppError(404, 'not_found', 'Site not found.');
    const latest = await tx.getPolicy(input.siteId);
    const policy: PolicyVersion = { siteId: input.siteId, version: (latest?.version ?? 0) + 1, text, createdAt: nowIso(deps) };
    await tx.addPolicyVersion(policy);
    await tx.appendAudit({
      at: policy.createdAt, actor: input.actor.id, action: 'policy.publish', targetType: 'site', targetId: input.siteId,
      reason: `v${policy.version}`, rule: null, data: { text },
    });
    return policy;
  });
}

export async function updateStorySettings(
  deps: StaffDeps,
  input: { actor: StaffActor; storyId: string; closed?: boolean; premoderation?: boolean; autoCloseDays?: number | null },
): Promise<Story> {
  checkDays(input.autoCloseDays, 'autoCloseDays');
  return deps.store.transaction(async (tx) => {
    const story = await tx.getStory(input.storyId);
    if (!story || story.siteId !== input.actor.siteId) throw new AppError(404, 'not_found', 'Story not found.');
    authorize(input.actor, 'story.update', story.siteId);
    const patch: Partial<Pick<Story, 'closed' | 'premoderation' | 'autoCloseDays'>> = {};
    if (typeof input.closed === 'boolean') patch.closed = input.closed;
    if (typeof input.premoderation === 'boolean') patch.premoderation = input.premoderation;
    // null: back to the site's default.
    if (input.autoCloseDays !== undefined) patch.autoCloseDays = input.autoCloseDays;
    if (Object.keys(patch).length === 0) throw new AppError(400, 'validation_failed', 'Give closed, premoderation and/or autoCloseDays.');
    await tx.updateStory(story.id, patch);
    await tx.appendAudit({
      at: nowIso(deps), actor: input.actor.id, action: 'story.update', targetType: 'story', targetId: story.id,
      reason: Object.entries(patch).map(([k, v]) => `${k}=${v}`).join(','), rule: null, data: { before: { closed: story.closed, premoderation: story.premoderation, autoCloseDays: story.autoCloseDays ?? null }, patch },
    });
    return { ...story, ...patch };
  });
}
