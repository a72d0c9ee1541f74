// First start: the default site with its embed origins and settings, and policy version 1 (the footer notice).
import { randomUUID } from 'node:crypto';
import type { Site } from '../domain/types';
import { officerPublished, type GrievanceOfficer } from '../domain/grievance';
import type { Store } from '../store/store';
import { DEFAULT_POLICY_TEXT_HI } from './policyTexts';

export const DEFAULT_POLICY_TEXT =
  'The opinions posted here do not belong to this site. The author is solely responsible for the opinions. ' +
  'As per the IT policy of the Central Government, insults against an individual, community, religion or country, ' +
  'defamatory and inflammatory remarks, obscene and vulgar language are punishable offenses. ' +
  'Legal action will be taken for such expressions of opinion.';

/** `officer`: set as the site's grievance officer when it has none (CHARCHA_GRIEVANCE_OFFICER_*, the demo, test servers). */
export async function ensureDefaultSite(deps: { store: Store; now: () => Date }, origins: string[], officer: GrievanceOfficer | null = null): Promise<Site> {
  // Nodes of one deployment may start at once on a fresh database: one at a time, or each would create its own site.
  return deps.store.transaction(async (store) => {
    await store.lockNamed('default-site');
    return firstStart({ store, now: deps.now }, origins, officer);
  });
}

async function firstStart(deps: { store: Store; now: () => Date }, origins: string[], officer: GrievanceOfficer | null): Promise<Site> {
  const at = deps.now().toISOString();
  let site = await deps.store.getDefaultSite();
  if (!site) {
    site = {
      id: randomUUID(), name: 'Charcha Demo', origins: [...new Set(origins)], createdAt: at,
      settings: { editWindowMinutes: 10, premoderation: false, moderation: {} },
    };
    await deps.store.saveSite(site);
  } else {
    // Origins named in the configuration are added on every start; ones added by an admin are kept.
    const missing = origins.filter((o) => !site!.origins.includes(o));
    if (missing.length) {
      site = { ...site, origins: [...site.origins, ...missing] };
      await deps.store.saveSite(site);
    }
  }
  // Only fills a gap: an officer an admin set in the settings is never overwritten by the environment.
  if (officer && !officerPublished(site.settings.grievanceOfficer)) {
    site = { ...site, settings: { ...site.settings, grievanceOfficer: officer } };
    await deps.store.saveSite(site);
  }
  if (!(await deps.store.getPolicy(site.id))) {
    await deps.store.addPolicyVersion({ siteId: site.id, version: 1, text: DEFAULT_POLICY_TEXT, createdAt: at });
  }
  // The shipped Hindi notice belongs with the shipped English one only (a publisher's own text needs its own translation).
  const first = await deps.store.getPolicy(site.id, 1);
  if (first?.text === DEFAULT_POLICY_TEXT && !(await deps.store.getPolicyText(site.id, 1, 'hi'))) {
    await deps.store.putPolicyText({ siteId: site.id, version: 1, lang: 'hi', text: DEFAULT_POLICY_TEXT_HI, createdAt: at });
  }
  return site;
}
