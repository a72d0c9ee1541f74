// The public log's filter: moderation decisions are listed; readers' own acts and staff housekeeping are not.
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../domain/auditActions';
import { isPublic, logPageCsp, presentCheckpoint, renderLogPage } from './modlog';

describe('public moderation log', () => {
  it('lists moderation decisions, their undos and appeals', () => {
    for (const action of ['comment.verdict', 'comment.reject', 'comment.approve.undo', 'comment.keep', 'appeal.restore', 'user.suspend', 'user.role', 'policy.publish', 'settings.update', 'story.update']) {
      expect(isPublic({ action }), action).toBe(true);
    }
  });
  it('leaves out what readers do themselves and staff housekeeping', () => {
    for (const action of ['auth.login', 'comment.post', 'comment.edit', 'comment.withdraw', 'comment.report', 'policy.accept', 'staff.sign_in', 'audit.export']) {
      expect(isPublic({ action }), action).toBe(false);
    }
  });
  it('is chosen by the typed action list, not a pattern: codes outside the list are never public', () => {
    // Each of these matched the old regular expression.
    for (const action of ['user.role.undo', 'story.update.undo', 'appeal.file.undo', 'settings.update.undo']) expect(isPublic({ action }), action).toBe(false);
    expect(AUDIT_ACTIONS.filter((action) => isPublic({ action })).length).toBeGreaterThan(20);
  });
  it('shows the newest signed checkpoint, escaped', () => {
    const cp = presentCheckpoint({ v: 1, alg: 'Ed25519', seq: 42, hash: 'ab'.repeat(32), at: '2026-11-26T09:00:00.000Z', publicKey: 'pk', fingerprint: 'SHA256:<b>', sig: 'c2ln' });
    const html = renderLogPage([], null, cp);
    expect(html).toContain('entry <strong>42</strong> has hash <code>' + 'ab'.repeat(32));
    expect(html).toContain('SHA256:&#60;b&#62;');
    expect(html).toContain('c2ln');
    expect(renderLogPage([], null, null)).toContain('No signed checkpoint yet.');
  });
  it('escapes everything it prints', () => {
    const html = renderLogPage([{ seq: 1, at: '2026-11-26T08:00:00.000Z', action: '<script>', targetType: 'comment', targetId: '"x"', reason: '&', rule: null, hash: 'h' }], null);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
  });
  it('lets only us and the site\'s plain origins frame the page, never a value that would add a directive', () => {
    const csp = logPageCsp(['https://news.example', 'http://localhost:8080', "https://x.example; script-src 'unsafe-inline'", '*']);
    expect(csp).toContain("frame-ancestors 'self' https://news.example http://localhost:8080");
    expect(csp).not.toContain('x.example');
    expect(csp).not.toContain('*');
    expect(csp).toContain("default-src 'none'");
  });
});
