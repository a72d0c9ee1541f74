// Writes what a parser yields into the store: idempotent by (source, original id), in batches, replies after parents.
import { randomUUID } from 'node:crypto';
import { importedReason, importedStatus, type ImportSource } from '../domain/imports';
import type { Comment, Site, Story, User } from '../domain/types';
import type { Verdict } from '../domain/verdict';
import type { ImportComment, ImportItem, ImportStory } from '../imports/items';
import type { Moderator } from '../moderation/types';
import type { Store } from '../store/store';
import { AppError } from '../domain/errors';
import { assertStoryUrlAllowed, canonicalStoryUrl } from './ensureStory';
import { ssoDisplayName } from './ssoLogin';

export interface ImportDeps {
  store: Store;
  now: () => Date;
  /** Given with --moderate: each imported comment gets the engine's verdict (status and text stay as imported). */
  moderator?: Moderator;
}

export interface ImportOptions {
  site: Site;
  source: ImportSource;
  /** Origins (or "*") whose stories may be imported although the site does not list them: they are added to the site. */
  allowOrigins?: readonly string[];
  batchSize?: number;
}

export interface ImportSummary {
  stories: { imported: number; existing: number };
  authors: { imported: number; existing: number };
  comments: { imported: number; existing: number; nonPublic: number };
  /** Reason → count. */
  skipped: Record<string, number>;
  /** The engine's decisions over the imported comments (--moderate only). */
  verdicts: Record<string, number>;
  originsAdded: string[];
}

/** The verdict an imported comment carries when the engine did not look at it: none, said so. */
const IMPORTED_VERDICT: Verdict = {
  decision: 'approve', labels: [], targets: [], scores: {}, spans: [], rule: 'imported', modelVersion: 'none', policyVersion: 'none', lang: 'en',
};

/** A map that forgets its oldest entries, so memory stays bounded on million-comment files; misses go to the store. */
class Recent<V> extends Map<string, V> {
  constructor(private readonly cap: number) { super(); }
  override set(k: string, v: V) {
    if (this.size >= this.cap) this.delete(this.keys().next().value as string);
    return super.set(k, v);
  }
}

export async function importItems(deps: ImportDeps, opts: ImportOptions, items: AsyncIterable<ImportItem> | Iterable<ImportItem>): Promise<ImportSummary> {
  const { store } = deps;
  let site = opts.site;
  const source = opts.source;
  const sum: ImportSummary = { stories: { imported: 0, existing: 0 }, authors: { imported: 0, existing: 0 }, comments: { imported: 0, existing: 0, nonPublic: 0 }, skipped: {}, verdicts: {}, originsAdded: [] };
  const skip = (reason: string) => { sum.skipped[reason] = (sum.skipped[reason] ?? 0) + 1; };
  const stories = new Map<string, Story | null>(); // original id → story, or null when skipped (few per file)
  const authors = new Recent<string>(50_000);
  const comments = new Recent<{ id: string; storyId: string }>(50_000);
  const skippedComments = new Set<string>();
  let waiting = new Map<string, ImportComment[]>(); // replies whose parent has not come yet, by parent id
  // PostgreSQL may run a batch's transaction again after a deadlock: every change to the maps above is journaled
  // so a retried attempt starts from the state the batch found, not from ids that were rolled back.
  let journal: (() => void)[] = [];
  const put = <V>(map: Map<string, V>, k: string, v: V) => {
    const had = map.has(k);
    const old = map.get(k);
    map.set(k, v);
    journal.push(() => { if (had) map.set(k, old as V); else map.delete(k); });
  };
  const markSkipped = (id: string) => {
    if (skippedComments.has(id)) return;
    skippedComments.add(id);
    journal.push(() => skippedComments.delete(id));
  };

  async function story(tx: Store, s: ImportStory) {
    if (stories.has(s.id)) return;
    let url: string;
    try {
      url = canonicalStoryUrl(s.url);
    } catch {
      put(stories, s.id, null);
      return skip('invalid_story_url');
    }
    try {
      assertStoryUrlAllowed(url, site, []);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const origin = new URL(url).origin;
      if (!opts.allowOrigins?.includes(origin) && !opts.allowOrigins?.includes('*')) {
        put(stories, s.id, null);
        return skip('origin_not_allowed');
      }
      // The widget opens stories only on the site's origins: an allowed foreign origin joins them, or these threads
      // could never be shown.
      const prev = site;
      journal.push(() => { site = prev; });
      site = { ...site, origins: [...site.origins, origin] };
      await tx.saveSite(site);
      sum.originsAdded.push(origin);
    }
    const rec = await tx.getImportRecord(site.id, source, 'story', s.id);
    const known = rec ? await tx.getStory(rec.localId) : await tx.findStoryByUrl(site.id, url);
    if (known) {
      put(stories, s.id, known);
      sum.stories.existing++;
      if (!rec) await tx.addImportRecord({ siteId: site.id, source, kind: 'story', originalId: s.id, localId: known.id, originalStatus: null, email: null, claimedBy: null, createdAt: deps.now().toISOString() });
      return;
    }
    const created = await tx.createStory({
      id: randomUUID(), siteId: site.id, url, title: s.title.trim() || url, closed: !!s.closed, premoderation: false, entities: [],
      metadataSource: 'page', createdAt: s.createdAt ?? deps.now().toISOString(),
    });
    await tx.addImportRecord({ siteId: site.id, source, kind: 'story', originalId: s.id, localId: created.id, originalStatus: s.closed ? 'closed' : null, email: null, claimedBy: null, createdAt: deps.now().toISOString() });
    put(stories, s.id, created);
    sum.stories.imported++;
  }

  async function author(tx: Store, c: ImportComment): Promise<string> {
    const a = c.author;
    const cached = authors.get(a.id);
    if (cached) return cached;
    const rec = await tx.getImportRecord(site.id, source, 'author', a.id);
    // Our own export names local accounts: re-importing it into the same site reuses them.
    const local = !rec && source === 'charcha' ? await tx.getUser(a.id) : undefined;
    let id = rec?.localId ?? (local?.siteId === site.id ? local.id : undefined);
    if (id) {
      sum.authors.existing++; // per lookup: an author evicted from the cache and met again counts again
    } else {
      // An imported identity: no password, no SSO subject, no email on the account, so nobody can sign in as it until
      // a reader proves the email kept in its import record (claimImportedIdentity).
      const user: User = {
        id: randomUUID(), siteId: site.id, email: null, emailVerified: false, displayName: ssoDisplayName(a.name) ?? 'Reader', passwordHash: null,
        ssoSubject: null, role: 'commenter', status: 'active', suspendedUntil: null, trusted: false, createdAt: c.createdAt,
      };
      await tx.createUser(user);
      await tx.addImportRecord({ siteId: site.id, source, kind: 'author', originalId: a.id, localId: user.id, originalStatus: null, email: a.email?.trim().toLowerCase() || null, claimedBy: null, createdAt: deps.now().toISOString() });
      id = user.id;
      sum.authors.imported++;
    }
    put(authors, a.id, id);
    return id;
  }

  async function localComment(tx: Store, originalId: string) {
    const hit = comments.get(originalId);
    if (hit) return hit;
    const rec = await tx.getImportRecord(site.id, source, 'comment', originalId);
    const c = rec ? await tx.getComment(rec.localId) : source === 'charcha' ? await tx.getComment(originalId) : undefined;
    if (!c || c.siteId !== site.id) return undefined;
    const found = { id: c.id, storyId: c.storyId };
    put(comments, originalId, found);
    return found;
  }

  /** Imports one comment; false when it must wait for its parent. */
  async function comment(tx: Store, c: ImportComment, lastTry = false): Promise<boolean> {
    if (await localComment(tx, c.id)) { sum.comments.existing++; return true; }
    const st = stories.has(c.storyId) ? stories.get(c.storyId) : await knownStory(tx, c.storyId);
    if (!st) { markSkipped(c.id); skip(st === null ? 'story_skipped' : 'story_not_found'); return true; }
    let parentId: string | null = null;
    if (c.parentId) {
      if (skippedComments.has(c.parentId)) { markSkipped(c.id); skip('parent_skipped'); return true; }
      const parent = await localComment(tx, c.parentId);
      if (!parent) {
        if (!lastTry) return false;
        markSkipped(c.id);
        skip('parent_not_found');
        return true;
      }
      if (parent.storyId !== st.id) { markSkipped(c.id); skip('parent_in_other_story'); return true; }
      parentId = parent.id;
    }
    const body = c.revisions?.length ? c.firstBody ?? c.body : c.body;
    if (!c.body.trim()) { markSkipped(c.id); skip('empty_text'); return true; }
    const authorId = await author(tx, c);
    const status = c.status ?? importedStatus(c.originalStatus);
    let moderation = c.moderation ?? IMPORTED_VERDICT;
    if (deps.moderator) {
      moderation = deps.moderator.check(c.body, { storyEntities: st.entities, settings: site.settings.moderation });
      sum.verdicts[moderation.decision] = (sum.verdicts[moderation.decision] ?? 0) + 1;
    }
    const row: Comment = {
      id: randomUUID(), siteId: site.id, storyId: st.id, parentId, authorId, body, status, moderation: c.revisions?.length ? c.firstModeration ?? moderation : moderation,
      reactionCount: c.reactionCount ?? 0, replyCount: 0, reportCount: 0, featured: !!c.featured,
      statusReason: c.status ? c.statusReason ?? null : status === 'approved' ? null : importedReason(source, c.originalStatus),
      createdAt: c.createdAt, editedAt: c.editedAt ?? null,
    };
    await tx.insertComment(row);
    if (c.revisions?.length) {
      let rev = 1;
      for (const r of c.revisions) await tx.addRevision({ commentId: row.id, rev: ++rev, body: r.body, at: r.at, moderation: r.moderation });
      await tx.updateComment(row.id, { body: c.body, moderation });
    }
    await tx.addImportRecord({ siteId: site.id, source, kind: 'comment', originalId: c.id, localId: row.id, originalStatus: c.originalStatus, email: null, claimedBy: null, createdAt: deps.now().toISOString() });
    put(comments, c.id, { id: row.id, storyId: st.id });
    sum.comments.imported++;
    if (status !== 'approved') sum.comments.nonPublic++;
    return true;
  }

  /** A story imported by an earlier run (this file's thread records were all seen before, or it has none). */
  async function knownStory(tx: Store, originalId: string): Promise<Story | undefined> {
    const rec = await tx.getImportRecord(site.id, source, 'story', originalId);
    const s = rec ? await tx.getStory(rec.localId) : undefined;
    if (s) put(stories, originalId, s);
    return s;
  }

  async function apply(tx: Store, item: ImportItem) {
    if (item.type === 'skip') return skip(item.reason);
    if (item.type === 'story') return story(tx, item);
    if (await comment(tx, item)) return released(tx, item.id);
    const parent = item.parentId!;
    put(waiting, parent, [...(waiting.get(parent) ?? []), item]);
  }

  /** Replies that waited for this comment can go in now. */
  async function released(tx: Store, id: string) {
    const list = waiting.get(id);
    if (!list) return;
    waiting.delete(id);
    journal.push(() => waiting.set(id, list));
    for (const r of list) await apply(tx, r);
  }

  /** One transaction; an attempt that runs again first undoes what the previous attempt did to the maps and counts. */
  const atomically = async (work: (tx: Store) => Promise<void>) => {
    const before = structuredClone(sum);
    journal = [];
    await store.transaction(async (tx) => {
      for (const undo of journal.splice(0).reverse()) undo();
      Object.assign(sum, structuredClone(before));
      await work(tx);
    });
  };
  const size = opts.batchSize ?? 500;
  let batch: ImportItem[] = [];
  const flush = async () => {
    const b = batch;
    batch = [];
    await atomically(async (tx) => { for (const item of b) await apply(tx, item); });
  };
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) await flush();
  }
  await flush();
  // What still waits has no parent in the file (or one that was skipped): each is skipped with its reason.
  const rest = [...waiting.values()].flat();
  waiting = new Map();
  await atomically(async (tx) => { for (const c of rest) await comment(tx, c, true); });
  return sum;
}
