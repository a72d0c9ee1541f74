// The shared thread page per story version: loaded once (concurrent misses wait for the same load), read by everyone.
import type { User } from '../domain/types';
import type { Page } from './threadOverlay';

/** A public page as the store gave it, its authors, each comment's JSON as the public sees it, and the whole page's JSON. */
export interface SharedPage {
  page: Page;
  authors: Map<string, User>;
  /** Serialised public comments by id. */
  parts: Map<string, string>;
  storyJson: string;
  /** The page as sent to anonymous readers. */
  json: string;
}

/**
 * Entries are keyed by story id and version (plus sort, cursor, limit): a write bumps the version, so a changed thread
 * is a new key and the old entry simply ages out. Oldest first for eviction.
 */
export class ThreadCache {
  private readonly entries = new Map<string, Promise<SharedPage>>();

  constructor(private readonly size: number) {}

  get(key: string, load: () => Promise<SharedPage>): Promise<SharedPage> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const loading = load();
    this.entries.set(key, loading);
    // A failed load is not kept: the next reader tries again.
    loading.catch(() => {
      if (this.entries.get(key) === loading) this.entries.delete(key);
    });
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
    return loading;
  }
}
