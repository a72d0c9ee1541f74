// The composer: character counter, a debounced draft check that shows which words break which rule, and submit
// (which checks a stale draft first, so the nudge is seen before anything is posted).
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type Verdict } from './api';
import { useWidget } from './context';
import { toNudge, type Nudge } from './nudge';
import { markSpans } from './text';

export const MAX_CHARS = 5000;
const CHECK_DELAY_MS = 800;
const CHECK_GAP_MS = 4000;
/** When the next draft check may go out; shared by every composer on the page. */
let nextCheckAt = 0;
let uid = 0;

interface Props { parentId?: string; editId?: string; initial?: string; onDone?(): void; onCancel?(): void }
/** A draft's check: the text it was made for (a different text means it is stale) and what the nudge says, if anything. */
interface Draft { text: string; nudge: Nudge | null }
const draftOf = (text: string, v: Verdict): Draft => ({ text, nudge: toNudge(text, v) });

export function Composer({ parentId, editId, initial = '', onDone, onCancel }: Props) {
  const { api, t, cfg, upsert, fail } = useWidget();
  const [text, setText] = useState(initial);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);
  const id = useRef(`c${++uid}`).current;
  const box = useRef<HTMLTextAreaElement>(null);
  const nudgeBox = useRef<HTMLDivElement>(null);
  // A reply or edit form opens where the reader asked for it: keyboard focus follows.
  useEffect(() => {
    if (parentId || editId) box.current?.focus();
  }, []);
  // The server counts code points (an emoji is one character), so the counter does too.
  const left = MAX_CHARS - [...text].length;

  useEffect(() => {
    const mine = ++seq.current;
    if (text.trim().length < 3) { setDraft(null); return; }
    if (draft?.text === text) return;
    // Checks share the reader's write rate limit with posting, so they are spaced out: after a pause in typing,
    // at most one per CHECK_GAP_MS, and none for a minute after the server says "too many".
    const wait = Math.max(CHECK_DELAY_MS, nextCheckAt - Date.now());
    const timer = setTimeout(() => {
      nextCheckAt = Date.now() + CHECK_GAP_MS;
      api.check(text, cfg.storyUrl)
        .then((d) => { if (mine === seq.current) setDraft(draftOf(text, d.verdict)); })
        .catch((e) => { if (e instanceof ApiError && e.status === 429) nextCheckAt = Date.now() + 60_000; });
    }, wait);
    return () => clearTimeout(timer);
  }, [text]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim() || left < 0 || busy) return;
    setBusy(true);
    try {
      // A stale (or missing) check is redone now: the author sees the nudge before anything is sent, and posts again.
      if (text.trim().length >= 3 && draft?.text !== text) {
        ++seq.current;
        const fresh = await api.check(text, cfg.storyUrl).then((d) => draftOf(text, d.verdict)).catch(() => null);
        if (fresh) setDraft(fresh);
        if (fresh?.nudge) { nudgeBox.current?.focus(); return; }
      }
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

  // Only the check of the text as it is now: an older one's highlights would point at the wrong words.
  const nudge = draft?.text === text ? draft.nudge : null;
  const label = editId ? t('edit') : parentId ? t('replyLabel') : t('yourOpinion');
  return (
    <form class="composer" onSubmit={submit}>
      <label for={id}>{label}</label>
      <textarea id={id} ref={box} value={text} rows={parentId || editId ? 3 : 4} aria-describedby={`${id}-n ${id}-d`}
        aria-invalid={left < 0} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div id={`${id}-d`} aria-live="polite">
        {left < 0 && <p class="warn">{t('tooLong')}</p>}
        {nudge && <NudgeBox text={text} nudge={nudge} box={nudgeBox} />}
      </div>
      <div class="row">
        <span id={`${id}-n`} class={left < 0 ? 'count over' : 'count'}>
          {left.toLocaleString(cfg.lang === 'hi' ? 'hi-IN' : 'en-IN')} {t('charsLeft')}
        </span>
        <span class="grow" />
        {onCancel && <button type="button" class="ghost" onClick={onCancel}>{t('cancel')}</button>}
        <button type="submit" disabled={busy || left < 0 || !text.trim()}>
          {nudge ? t('postAnyway') : editId ? t('save') : parentId ? t('postReply') : t('post')}
        </button>
      </div>
    </form>
  );
}

function NudgeBox({ text, nudge, box }: { text: string; nudge: Nudge; box: { current: HTMLDivElement | null } }) {
  const { t } = useWidget();
  // A mark names every rule its words break (an overlapping span merges into the first).
  const labelsAt = (start: number, end: number) =>
    [...new Set(nudge.spans.filter((s) => s.start < end && s.end > start).map((s) => t('label.' + s.label)))].join(', ');
  const targetName = (g: Nudge['targets'][number]) => (g.names.length ? `${g.names.join(', ')} (${t('target.' + g.kind)})` : t('target.' + g.kind));
  return (
    <div class="nudge" ref={box} tabIndex={-1}>
      <p>{nudge.spans.length ? t('checkNudge') : t('checkNudgeNoWords')}</p>
      {nudge.labels.length > 0 && <ul class="tags">{nudge.labels.map((l) => <li key={l}>{t('label.' + l)}</li>)}</ul>}
      {nudge.spans.length > 0 && (
        <p class="preview">
          {markSpans(text, nudge.spans).map((m, i) => m.span
            ? <mark key={i}>{m.text}<small> [{labelsAt(m.span.start, m.span.end)}]</small></mark>
            : m.text)}
        </p>
      )}
      {nudge.targets.length > 0 && <p class="aimed">{t('aimedAt')} {nudge.targets.map(targetName).join('; ')}</p>}
      <p class={'consequence ' + nudge.consequence}><strong>{t('consequence.' + nudge.consequence)}</strong></p>
    </div>
  );
}
