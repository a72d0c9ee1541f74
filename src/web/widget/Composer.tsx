// The composer: character counter, a debounced draft check that shows which words break which rule, and submit.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type Verdict } from './api';
import { useWidget } from './context';
import { markSpans, type FlagSpan } from './text';

export const MAX_CHARS = 5000;
const CHECK_DELAY_MS = 800;
const CHECK_GAP_MS = 4000;
/** When the next draft check may go out; shared by every composer on the page. */
let nextCheckAt = 0;
let uid = 0;

interface Props { parentId?: string; editId?: string; initial?: string; onDone?(): void; onCancel?(): void }
interface Draft { labels: string[]; targets: string[]; spans: FlagSpan[] }

/** What the composer shows of a draft's verdict; a clean draft yields null. */
function toDraft(v: Verdict): Draft | null {
  const { spans, labels } = v;
  if (!spans.length && !labels.length) return null;
  // Every label a highlighted word carries gets its chip, even when the verdict's summary leaves it out.
  return { labels: [...new Set([...labels, ...spans.map((s) => s.label)])], targets: v.targets, spans };
}

export function Composer({ parentId, editId, initial = '', onDone, onCancel }: Props) {
  const { api, t, cfg, upsert, fail } = useWidget();
  const [text, setText] = useState(initial);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);
  const id = useRef(`c${++uid}`).current;
  const box = useRef<HTMLTextAreaElement>(null);
  // A reply or edit form opens where the reader asked for it: keyboard focus follows.
  useEffect(() => {
    if (parentId || editId) box.current?.focus();
  }, []);
  // The server counts code points (an emoji is one character), so the counter does too.
  const left = MAX_CHARS - [...text].length;

  useEffect(() => {
    const mine = ++seq.current;
    if (text.trim().length < 3) { setDraft(null); return; }
    // Checks share the reader's write rate limit with posting, so they are spaced out: after a pause in typing,
    // at most one per CHECK_GAP_MS, and none for a minute after the server says "too many".
    const wait = Math.max(CHECK_DELAY_MS, nextCheckAt - Date.now());
    const timer = setTimeout(() => {
      nextCheckAt = Date.now() + CHECK_GAP_MS;
      api.check(text, cfg.storyUrl)
        .then((d) => { if (mine === seq.current) setDraft(toDraft(d.verdict)); })
        .catch((e) => { if (e instanceof ApiError && e.status === 429) nextCheckAt = Date.now() + 60_000; });
    }, wait);
    return () => clearTimeout(timer);
  }, [text]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim() || left < 0 || busy) return;
    setBusy(true);
    try {
      const r = editId ? await api.edit(editId, text) : await api.post(cfg.storyUrl, text, parentId);
      upsert(r.comment);
      setText('');
      setDraft(null);
      onDone?.();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const label = editId ? t('edit') : parentId ? t('replyLabel') : t('yourOpinion');
  return (
    <form class="composer" onSubmit={submit}>
      <label for={id}>{label}</label>
      <textarea id={id} ref={box} value={text} rows={parentId || editId ? 3 : 4} aria-describedby={`${id}-n ${id}-d`}
        aria-invalid={left < 0} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div class="row">
        <span id={`${id}-n`} class={left < 0 ? 'count over' : 'count'}>
          {left.toLocaleString(cfg.lang === 'hi' ? 'hi-IN' : 'en-IN')} {t('charsLeft')}
        </span>
        <span class="grow" />
        {onCancel && <button type="button" class="ghost" onClick={onCancel}>{t('cancel')}</button>}
        <button type="submit" disabled={busy || left < 0 || !text.trim()}>
          {editId ? t('save') : parentId ? t('postReply') : t('post')}
        </button>
      </div>
      <div id={`${id}-d`} aria-live="polite">
        {left < 0 && <p class="warn">{t('tooLong')}</p>}
        {draft && <Nudge text={text} draft={draft} />}
      </div>
    </form>
  );
}

function Nudge({ text, draft }: { text: string; draft: Draft }) {
  const { t } = useWidget();
  const name = (s: FlagSpan) => t('label.' + s.label) + (s.target ? ` → ${t('target.' + s.target)}` : '');
  return (
    <div class="nudge">
      <p>{t('checkNudge')}</p>
      <ul class="tags">
        {draft.labels.map((l) => <li key={l}>{t('label.' + l)}</li>)}
        {draft.targets.map((g) => <li key={g} class="target">{t('target.' + g)}</li>)}
      </ul>
      {draft.spans.length > 0 && (
        <p class="preview">
          {markSpans(text, draft.spans).map((m, i) => m.span
            ? <mark key={i} title={name(m.span)}>{m.text}<small> [{name(m.span)}]</small></mark>
            : m.text)}
        </p>
      )}
    </div>
  );
}
