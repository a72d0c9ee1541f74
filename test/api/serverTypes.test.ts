// The API's schemas are what the widget and dashboard are typed by: every route declares its response, responses match, edit windows come from the site.
import { Value } from '@sinclair/typebox/value';
import type { TSchema } from '@sinclair/typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Admin from '../../src/http/adminSchemas';
import { SessionView } from '../../src/http/routes/auth';
import { Thread } from '../../src/http/routes/comments';
import { PolicyView } from '../../src/http/routes/policy';
import { CommentSchema } from '../../src/http/schemas';
import { canEdit } from '../../src/web/widget/thread';
import { staffed, type Staffed } from '../admin/setup';
import { backends, Client, expectProblem, reader, widgetClient } from './harness';

const list = await backends('api server types');

/** The schema's own check, with the shared Comment schema its $refs point to. */
function expectMatches(schema: TSchema, body: unknown) {
  const errors = [...Value.Errors(schema, [CommentSchema], body)].map((e) => `${e.path}: ${e.message}`);
  expect(errors).toEqual([]);
}

describe.each(list)('server-typed API on $name', (backend) => {
  let s: Staffed;
  beforeAll(async () => { s = await staffed(backend); });
  afterAll(async () => s?.run.stop());

  it('documents a 2xx response schema for every /api route, so the serializer sends only what the schema declares', async () => {
    const doc = (await s.anon.get('/api/openapi.json')).body;
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { responses?: Record<string, any> }>>)) {
      if (!path.startsWith('/api/')) continue;
      for (const [method, op] of Object.entries(ops)) {
        const ok = Object.entries(op.responses ?? {}).find(([code]) => /^2\d\d$/.test(code));
        const content = ok?.[1]?.content as Record<string, { schema?: unknown }> | undefined;
        if (!content || !Object.values(content).some((c) => c.schema)) missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('sends the author editableUntil from the site\'s edit window (2 minutes), and the widget follows it', async () => {
    expect((await s.admin.patch('/api/v1/admin/settings', { editWindowMinutes: 2 })).status).toBe(200);
    const author = await reader(s.run.base, { name: 'Window' });
    const storyUrl = `${s.run.base}/stories/window-${Date.now()}`;
    const posted = await author.post('/api/v1/comments', { storyUrl, body: 'A measured opinion on the budget.' });
    expect(posted.status).toBe(201);
    const mine = posted.body.comment;
    expect(Date.parse(mine.editableUntil) - Date.parse(mine.createdAt)).toBe(2 * 60_000);

    const q = `/api/v1/comments?storyUrl=${encodeURIComponent(storyUrl)}`;
    const own = (await author.get(q)).body.comments.find((c: { id: string }) => c.id === mine.id);
    expect(own.editableUntil).toBe(mine.editableUntil);
    const widget = await widgetClient(s.run.base, (author as unknown as { email: string }).email);
    expect((await widget.get(q)).body.comments[0].editableUntil).toBe(mine.editableUntil);
    // Nobody else is told when someone's edit window closes.
    expect((await s.anon.get(q)).body.comments[0]).not.toHaveProperty('editableUntil');
    expect((await (await reader(s.run.base)).get(q)).body.comments[0]).not.toHaveProperty('editableUntil');

    // The widget's decision over what the server sent: editable now, not after 2 minutes, when the server refuses too.
    const created = Date.parse(mine.createdAt);
    expect(canEdit(own, created + 60_000)).toBe(true);
    expect(canEdit(own, created + 2 * 60_000 + 1)).toBe(false);
    s.run.advance(2 * 60_000 + 1000);
    expectProblem(await author.patch(`/api/v1/comments/${mine.id}`, { body: 'Edited too late.' }), 403, 'edit_window_closed');

    // A withdrawn comment can no longer be edited: the author's view says so with null.
    const other = (await author.post('/api/v1/comments', { storyUrl, body: 'Second thoughts.' })).body.comment;
    expect((await author.del(`/api/v1/comments/${other.id}`)).status).toBe(200);
    expect((await author.get(`/api/v1/comments/${other.id}`)).body.comment.editableUntil).toBeNull();
  });

  it('a changed edit window changes the author\'s thread ETag, so a cached page cannot keep the old deadline', async () => {
    const author = await reader(s.run.base);
    const storyUrl = `${s.run.base}/stories/etag-${Date.now()}`;
    const c = (await author.post('/api/v1/comments', { storyUrl, body: 'Cache me if you can.' })).body.comment;
    const q = `/api/v1/comments?storyUrl=${encodeURIComponent(storyUrl)}`;
    const first = await author.get(q);
    expect((await s.admin.patch('/api/v1/admin/settings', { editWindowMinutes: 30 })).status).toBe(200);
    const again = await author.get(q, { 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(200);
    expect(Date.parse(again.body.comments[0].editableUntil) - Date.parse(c.createdAt)).toBe(30 * 60_000);
  });

  it('responses match the schemas the widget and dashboard are typed by', async () => {
    const { id } = await s.post('you idiot');
    const storyQ = `/api/v1/comments?storyUrl=${encodeURIComponent(s.storyUrl)}`;
    expectMatches(Thread, (await s.anon.get(storyQ)).body); // the anonymous page, rendered once and cached
    expectMatches(Thread, (await s.author.get(storyQ)).body);
    expectMatches(SessionView, (await new Client(s.run.base, s.author.token).get('/api/v1/auth/session')).body);
    expectMatches(PolicyView, (await s.anon.get('/api/v1/policy')).body);
    expectMatches(Admin.MeView, (await s.admin.get('/api/v1/admin/me')).body);
    expectMatches(Admin.QueuePage, (await s.mod.get('/api/v1/admin/queue?queue=review')).body);
    expectMatches(Admin.DetailView, (await s.mod.get(`/api/v1/admin/comments/${id}`)).body);
    expectMatches(Admin.CommentActed, (await s.mod.post(`/api/v1/admin/comments/${id}/actions`, { action: 'reject', reason: 'insult' })).body);
    expectMatches(Admin.NoticeView, (await s.author.get(`/api/v1/comments/${id}/appeal`)).body);
    expectMatches(Admin.AppealFiled, (await s.author.post(`/api/v1/comments/${id}/appeal`, { note: 'Context matters.' })).body);
    expectMatches(Admin.AppealsPage, (await s.officer.get('/api/v1/admin/appeals')).body);
    expectMatches(Admin.SettingsView, (await s.admin.get('/api/v1/admin/settings')).body);
    expectMatches(Admin.StatsView, (await s.admin.get('/api/v1/admin/stats?days=7')).body);
    expectMatches(Admin.AuditPage, (await s.admin.get('/api/v1/admin/audit?latest=true&limit=20')).body);
    expectMatches(Admin.ChainCheckSchema, (await s.admin.get('/api/v1/admin/audit/verify')).body);
    expectMatches(Admin.PublicLogPage, (await s.anon.get('/api/v1/moderation-log')).body);
  });
});
