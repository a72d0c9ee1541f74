// The author's appeal of their own rejected or removed opinion: one appeal with a note, then its outcome.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, type AppealFiled, type AppealRequest, type CommentView, type Notice, type NoticeView } from './api';
import { useWidget } from './context';

// Kept here rather than in i18n.ts so the appeal form ships as one self-contained piece.
const strings = {
  en: {
    open: 'Appeal this decision', label: 'Why should it be published? (one appeal per opinion)', send: 'Send appeal', cancel: 'Cancel',
    pending: 'Appeal sent: a moderator will review it.', upheld: 'Appeal refused: the decision stands.', restored: 'Appeal granted: your opinion is published again.',
  },
  hi: {
    open: 'इस निर्णय के विरुद्ध अपील करें', label: 'इसे प्रकाशित क्यों किया जाए? (प्रति राय एक अपील)', send: 'अपील भेजें', cancel: 'रद्द करें',
    pending: 'अपील भेजी गई: मॉडरेटर इसकी समीक्षा करेंगे।', upheld: 'अपील अस्वीकृत: निर्णय यथावत है।', restored: 'अपील स्वीकृत: आपकी राय फिर से प्रकाशित है।',
  },
} as const;

export function Appeal({ c }: { c: CommentView }) {
  const { api, cfg, fail } = useWidget();
  const s = strings[cfg.lang as keyof typeof strings] ?? strings.en;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const path = `/api/v1/comments/${encodeURIComponent(c.id)}/appeal`;
  const load = () => api.call<NoticeView>('GET', path).then((r) => setNotice(r.notice), () => setNotice(null));
  useEffect(() => { void load(); }, [c.id, c.status]);

  const send = async (e: Event) => {
    e.preventDefault();
    try {
      const r = await api.call<AppealFiled>('POST', path, { note } satisfies AppealRequest);
      setNotice(r.notice);
      setOpen(false);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'appeal_exists') void load();
      else fail(err);
    }
  };

  if (!notice) return null;
  if (notice.appeal) {
    const a = notice.appeal;
    return <p class="appeal-status" role="status">{s[a.status]}{a.outcomeNote ? ` ${a.outcomeNote}` : ''}</p>;
  }
  if (!notice.canAppeal) return null;
  if (!open) return <button type="button" class="link appeal-open" onClick={() => setOpen(true)}>{s.open}</button>;
  return (
    <form class="appeal" onSubmit={send}>
      <label>{s.label}<textarea maxLength={2000} required value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} /></label>
      <div class="actions">
        <button type="submit" disabled={!note.trim()}>{s.send}</button>
        <button type="button" class="ghost" onClick={() => setOpen(false)}>{s.cancel}</button>
      </div>
    </form>
  );
}
