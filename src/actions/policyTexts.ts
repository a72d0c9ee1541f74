// The policy notice per language: which text a reader is shown, the shipped Hindi default, and staff publishing a translation.
import { AppError } from '../domain/errors';
import type { PolicyVersion } from '../domain/types';
import type { PolicyText, Store } from '../store/store';
import { authorize, nowIso, type StaffActor, type StaffDeps } from './staffDeps';

/** The language of policy_versions.text, the base every version has. */
export const BASE_POLICY_LANG = 'en';

/** The default notice (DEFAULT_POLICY_TEXT) in Hindi, stored for version 1 of a site whose base text is still the default. */
export const DEFAULT_POLICY_TEXT_HI =
  'यहाँ पोस्ट की गई राय इस साइट की नहीं है। राय के लिए लेखक स्वयं पूरी तरह ज़िम्मेदार है। ' +
  'केंद्र सरकार की आईटी नीति के अनुसार किसी व्यक्ति, समुदाय, धर्म या देश के विरुद्ध अपमान, मानहानिकारक और भड़काऊ टिप्पणियाँ, ' +
  'तथा अश्लील और अभद्र भाषा दंडनीय अपराध हैं। ऐसी राय व्यक्त करने पर कानूनी कार्रवाई की जाएगी।';

/** "hi-IN" → "hi"; anything that is not a language tag → undefined. */
export function primaryLang(tag: string | undefined): string | undefined {
  const m = /^([a-z]{2,3})(?:-[A-Za-z0-9]{1,8})*$/.exec((tag ?? '').trim().toLowerCase());
  return m?.[1];
}

export interface ShownPolicy { version: number; text: string; lang: string; languages: string[] }

/** The text of a version in the wanted language, else the base text; with every language the version has. */
export async function policyIn(store: Store, policy: PolicyVersion, wanted: string | undefined): Promise<ShownPolicy> {
  const texts = await store.listPolicyTexts(policy.siteId, policy.version);
  const languages = [BASE_POLICY_LANG, ...texts.map((t) => t.lang).filter((l) => l !== BASE_POLICY_LANG)];
  const lang = primaryLang(wanted);
  const hit = texts.find((t) => t.lang === lang);
  return hit ? { version: policy.version, text: hit.text, lang: hit.lang, languages } : { version: policy.version, text: policy.text, lang: BASE_POLICY_LANG, languages };
}

/** Staff publish (or correct) the text of the current policy version in one language; audited as policy.translate. */
export async function publishPolicyText(deps: StaffDeps, input: { actor: StaffActor; siteId: string; lang: string; text: string }): Promise<PolicyText> {
  authorize(input.actor, 'settings.update', input.siteId);
  const text = (input.text ?? '').trim();
  if (!text || text.length > 20_000) throw new AppError(400, 'validation_failed', 'Policy text must have 1 to 20000 characters.');
  const lang = primaryLang(input.lang);
  if (!lang) throw new AppError(400, 'invalid_language', 'lang must be a language tag such as "hi".');
  if (lang === BASE_POLICY_LANG) throw new AppError(400, 'invalid_language', 'The English text is the policy version itself: publish a new version instead.');
  return deps.store.transaction(async (tx) => {
    const current = await tx.getPolicy(input.siteId);
    if (!current) throw new AppError(404, 'policy_not_found', 'This site has no policy yet.');
    const row: PolicyText = { siteId: input.siteId, version: current.version, lang, text, createdAt: nowIso(deps) };
    await tx.putPolicyText(row);
    await tx.appendAudit({
      at: row.createdAt, actor: input.actor.id, action: 'policy.translate', targetType: 'site', targetId: input.siteId,
      reason: `v${row.version} ${lang}`, rule: null, data: { version: row.version, lang, text },
    });
    return row;
  });
}
