// Graceful shutdown: close() ends open event streams instead of waiting for readers to leave.
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/main';
import { sqliteTestStore } from '../support/stores';
import { reader, testConfig } from './harness';

describe('shutdown', () => {
  it('closes with an event stream open, ending the stream', async () => {
    const ts = await sqliteTestStore();
    try {
      const server = await startServer(testConfig(), { store: ts.store });
      const author = await reader(server.url);
      const storyUrl = `${server.url}/stories/closing`;
      await author.post('/api/v1/stories', { url: storyUrl, title: 'Closing' }, { origin: server.url });
      const res = await fetch(`${server.url}/api/v1/stories/events?storyUrl=${encodeURIComponent(storyUrl)}`);
      const stream = res.body!.getReader();
      expect(new TextDecoder().decode((await stream.read()).value)).toContain(': connected');
      await server.close();
      let done = false;
      while (!done) done = (await stream.read().catch(() => ({ done: true }))).done;
      expect(done).toBe(true);
    } finally {
      await ts.cleanup();
    }
  });
});
