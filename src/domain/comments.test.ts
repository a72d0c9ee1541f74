// The lifecycle table tested directly: transitions by actor kind, visibility, editability, reactions, visible text.
import { describe, expect, it } from 'vitest';
import {
  ACTOR_KINDS, canTransition, COMMENT_VERBS, EDITABLE_STATUSES, editRefusal, hasVisibleText, INITIAL_STATUSES,
  reactionRefusal, STAFF_VERBS, TRANSITIONS, VISIBILITY, withdrawable, type ActorKind,
} from './comments';
import { allPermissions } from './permissions';
import { COMMENT_STATUSES, type CommentStatus } from './types';

const A = 'approved', R = 'review', X = 'rejected', W = 'withdrawn', D = 'removed';
/** Expected: for each actor kind, "from>to" pairs allowed; everything else is refused. */
const expected: Record<ActorKind, string[]> = {
  system: [`${A}>${A}`, `${A}>${R}`, `${A}>${X}`, `${R}>${A}`, `${R}>${R}`, `${R}>${X}`],
  author: [`${A}>${W}`, `${R}>${W}`],
  staff: [`${R}>${A}`, `${R}>${X}`, `${R}>${D}`, `${A}>${X}`, `${A}>${D}`, `${A}>${R}`, `${X}>${A}`, `${X}>${R}`, `${D}>${A}`, `${D}>${R}`, `${D}>${X}`],
};

describe('status transitions', () => {
  for (const kind of ACTOR_KINDS) {
    for (const from of COMMENT_STATUSES) {
      for (const to of COMMENT_STATUSES) {
        const want = expected[kind].includes(`${from}>${to}`);
        it(`${kind} ${want ? 'may' : 'may not'} move ${from} → ${to}`, () => expect(canTransition(kind, from, to)).toBe(want));
      }
    }
  }

  it('withdrawn is final for everyone; nothing moves to withdrawn but its author', () => {
    for (const kind of ACTOR_KINDS) expect(TRANSITIONS[kind].withdrawn).toBeUndefined();
    expect(canTransition('staff', 'approved', 'withdrawn')).toBe(false);
    expect(canTransition('system', 'approved', 'withdrawn')).toBe(false);
  });

  it('there is no pending status, and new comments start where the engine puts them', () => {
    expect(COMMENT_STATUSES as readonly string[]).not.toContain('pending');
    expect([...INITIAL_STATUSES].sort()).toEqual(['approved', 'rejected', 'review']);
  });

  it('every staff verb moves only along the staff transitions and names a real permission', () => {
    for (const verb of COMMENT_VERBS) {
      const v = STAFF_VERBS[verb] as { permission: string; from: readonly CommentStatus[]; to?: CommentStatus };
      expect(allPermissions as string[]).toContain(v.permission);
      for (const from of v.from) if (v.to) expect(canTransition('staff', from, v.to), `${verb} from ${from}`).toBe(true);
      expect(v.from).not.toContain('withdrawn');
    }
  });
});

describe('visibility', () => {
  it('only approved comments are public; author and staff see every status', () => {
    for (const s of COMMENT_STATUSES) {
      expect(VISIBILITY[s].includes('public')).toBe(s === 'approved');
      expect(VISIBILITY[s]).toContain('author');
      expect(VISIBILITY[s]).toContain('staff');
    }
  });
});

describe('what the author may still do', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const c = (status: CommentStatus, minutesAgo = 1) => ({ status, createdAt: new Date(now.getTime() - minutesAgo * 60_000).toISOString() });
  const open = { storyClosed: false, editWindowMinutes: 10, now };

  it('edits approved and held comments within the window of an open story', () => {
    expect([...EDITABLE_STATUSES].sort()).toEqual(['approved', 'review']);
    expect(editRefusal(c('approved'), open)).toBeNull();
    expect(editRefusal(c('review', 10), open)).toBeNull();
  });

  it('never edits a rejected, removed or withdrawn comment', () => {
    for (const s of ['rejected', 'removed', 'withdrawn'] as const) expect(editRefusal(c(s), open)).toBe('not_editable');
  });

  it('not after the window, not on a closed story', () => {
    expect(editRefusal(c('approved', 11), open)).toBe('edit_window_closed');
    expect(editRefusal(c('approved'), { ...open, storyClosed: true })).toBe('story_closed');
  });

  it('withdraws what is visible or held, not what moderation decided', () => {
    expect(COMMENT_STATUSES.filter(withdrawable)).toEqual(['approved', 'review']);
  });

  it('reactions: public comments of open stories only', () => {
    expect(reactionRefusal({ status: 'approved' }, false)).toBeNull();
    expect(reactionRefusal({ status: 'approved' }, true)).toBe('story_closed');
    for (const s of ['review', 'rejected', 'removed', 'withdrawn'] as const) expect(reactionRefusal({ status: s }, false)).toBe('not_public');
  });
});

describe('hasVisibleText', () => {
  const invisible = {
    spaces: ' \n\t\u00A0\u2003\u3000',
    'zero-width': '\u200B\u200C\u200D\u2060\uFEFF',
    'bidi controls': '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C',
    'combining marks': '\u0301\u0308\u093E\u20DD',
    'variation selectors': '\uFE0F\u{E0100}',
    'soft hyphen and tags': '\u00AD\u{E0041}',
    fillers: '\u3164\u115F\u2800',
    mixed: ' \u200B\u202E\u0301 ',
    empty: '',
  };
  for (const [name, text] of Object.entries(invisible)) it(`no visible character: ${name}`, () => expect(hasVisibleText(text)).toBe(false));

  it('any letter, digit, punctuation or emoji is visible', () => {
    for (const t of ['a', '\u202Ex', 'नमस्ते', '.', '7', '👍', ' \u200B ok']) expect(hasVisibleText(t), t).toBe(true);
  });
});
