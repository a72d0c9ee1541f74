// Settings' export box: the site's (or one story's) comments as JSON Lines (re-importable) or CSV, downloaded as a file.
import { useState } from 'preact/hooks';
import type { ExportQuery } from './api';

export function ExportComments({ notify }: { notify: (m: string) => void }) {
  const [storyUrl, setStoryUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const download = async (format: ExportQuery['format']) => {
    const q: ExportQuery = { format, ...(storyUrl.trim() ? { storyUrl: storyUrl.trim() } : {}) };
    setBusy(true);
    try {
      // A plain link cannot carry the bearer token, so fetch the file and hand the browser a blob (as the audit export).
      const res = await fetch(`/api/v1/admin/export?${new URLSearchParams(q)}`, { credentials: 'same-origin' });
      if (!res.ok) { notify(`Export refused (${res.status})`); return; }
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `charcha-comments.${format}`;
      const url = URL.createObjectURL(await res.blob());
      Object.assign(document.createElement('a'), { href: url, download: name }).click();
      URL.revokeObjectURL(url);
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset class="export" disabled={busy}>
      <legend>Export comments</legend>
      <label>Story URL (empty: the whole site) <input type="url" value={storyUrl} onInput={(e) => setStoryUrl((e.target as HTMLInputElement).value)} /></label>
      <button type="button" onClick={() => download('jsonl')}>Download JSON Lines</button>
      <button type="button" onClick={() => download('csv')}>Download CSV</button>
      <p class="hint">JSON Lines keeps every revision, status and verdict (<code>charcha import charcha</code> reads it back); CSV has one row per comment. Each download is recorded in the audit log.</p>
    </fieldset>
  );
}
