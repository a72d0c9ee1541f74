// GET /api/v1/stories/events: a Server-Sent Events stream of a story's new comments and reactions.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { ServerResponse } from 'node:http';
import { originAllowed, corsHeaders } from '../cors';
import { currentSite, type AppDeps } from '../deps';
import { AppError } from '../../domain/errors';
import { errors } from '../schemas';
import { storyOnRead } from './stories';
import { VISIBILITY } from '../../domain/comments';
import type { CommentStatus } from '../../domain/types';
import type { HubEvent } from '../../realtime/hub';

const isPublicEvent = (data: unknown) => VISIBILITY[(data as { status?: CommentStatus })?.status as CommentStatus]?.includes('public') ?? false;

export const HEARTBEAT_MS = 15_000;
/** Open streams per client IP: enough for many tabs behind one NAT, not enough to exhaust the server's sockets. */
export const MAX_STREAMS_PER_IP = 100;
/** Retry-After of a refused stream while live events are down: the widget's polling interval. */
export const LIVE_RETRY_SECONDS = 15;
const Query = Type.Object({ storyUrl: Type.String({ minLength: 1, maxLength: 2048 }) });

/**
 * The SSE frame of an event, or null when readers may not see it. Every listener of a story gets the same event object,
 * so it is serialised once, not once per open stream (5,000 streams made that 5,000 JSON.stringify calls per comment).
 */
const frames = new WeakMap<HubEvent, string | null>();
function frameOf(e: HubEvent): string | null {
  let frame = frames.get(e);
  if (frame === undefined) {
    frame = e.type === 'comment' && !isPublicEvent(e.data) ? null : `event: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`;
    frames.set(e, frame);
  }
  return frame;
}

export const eventRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const open = new Set<ServerResponse>();
  const perIp = new Map<string, number>();
  // Streams never end on their own; close them so shutdown does not wait for readers to leave.
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
  });

  app.get<{ Querystring: Static<typeof Query> }>('/api/v1/stories/events', {
    schema: {
      tags: ['stories'], querystring: Query,
      description: 'text/event-stream; events `comment` (a comment as in threads), `hide` ({id}), `reaction` ({commentId, reactionCount}); a `: heartbeat` comment every 15 s.',
      response: { 200: { description: 'text/event-stream', type: 'string' }, ...errors(400, 429, 503) },
    },
  }, async (req, reply) => {
    const site = await currentSite(deps);
    const story = await storyOnRead(deps, req, site, req.query.storyUrl);
    const ip = req.ip;
    if ((perIp.get(ip) ?? 0) >= MAX_STREAMS_PER_IP) {
      throw new AppError(429, 'rate_limited', `At most ${MAX_STREAMS_PER_IP} open streams per client.`, { headers: { 'retry-after': '30' } });
    }
    const res = reply.raw;
    const send = (chunk: string) => {
      if (!res.writableEnded && !res.destroyed) res.write(chunk);
    };
    // A reader's broken connection is their problem, never an unhandled 'error' that takes the process down.
    res.on('error', () => undefined);
    // Readers' streams are public: a comment event whose comment is not public (a held one, say) never goes out,
    // whoever published it, so no stream can carry held content to anyone.
    // Without Redis no node can carry events: the stream ends (or is refused), and the widget polls the thread meanwhile.
    let lost = false;
    const onLost = () => {
      lost = true;
      if (res.headersSent) res.end();
    };
    let unsubscribe: () => void;
    try {
      unsubscribe = await deps.hub.subscribe(story.id, (e) => {
        const frame = frameOf(e);
        if (frame !== null) send(frame);
      }, onLost);
    } catch (err) {
      throw new AppError(503, 'live_unavailable', 'Live updates are paused; poll GET /api/v1/comments (with If-None-Match) until they return.', {
        cause: err, headers: { 'retry-after': String(LIVE_RETRY_SECONDS) },
      });
    }
    const origin = req.headers.origin;
    const cors = origin && (await originAllowed(deps, req, origin)) ? corsHeaders(origin) : {};
    reply.hijack();
    // The reader may have left while we subscribed (a Redis round trip): their 'close' has already fired and would
    // never run the cleanup below, leaving the subscription and a heartbeat timer behind for good.
    if (lost || res.destroyed || req.raw.socket?.destroyed) {
      unsubscribe();
      res.destroy();
      return;
    }
    res.writeHead(200, {
      ...cors,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // Proxies such as nginx must not buffer the stream, or events arrive late.
      'x-accel-buffering': 'no',
    });
    send(`retry: 3000\n: connected to ${story.id}\n\n`);
    open.add(res);
    perIp.set(ip, (perIp.get(ip) ?? 0) + 1);
    const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(res);
      const left = (perIp.get(ip) ?? 1) - 1;
      if (left > 0) perIp.set(ip, left);
      else perIp.delete(ip);
    });
  });
};
