// One opinion with its actions (respect, reply, report; edit and withdraw for the author) and its replies.
import { useState } from 'preact/hooks';
import type { CommentView } from './api';
import { Appeal } from './Appeal';
import { Body } from './Body';
import { Isolate } from './Bidi';
import { bidiSafe } from './text';
import { Composer } from './Composer';
import { useWidget } from './context';
import { ReportForm } from './ReportForm';
import { canEdit } from './thread';
import { permalink } from './permalink';
import { APPEALABLE_STATUSES, withdrawable } from '../../domain/comments';
import type { CommentStatus } from '../../domain/types';

const MAX_INDENT = 3;

function Status({ c }: { c: CommentView }) {
  const { t } = useWidget();
  if (c.status === 'review') return <span class="badge held">{t('held')}</span>;
  if (c.status !== 'rejected' && c.status !== 'removed') return null;
  // What the author is owed: staff's reason, the labels found, and the id of the rule that decided.
  const labels = (c.moderation?.labels ?? []).map((l) => t('label.' + l)).join(', ');
  // A staff decision names its own policy category (statusReason); the engine's rule is shown only for automatic ones.
  const rule = c.statusReason ? null : c.moderation?.rule;
  const parts = [t(c.status), c.statusReason, labels, rule && `${t('ruleApplied')}: ${rule}`].filter(Boolean);
  return <span class="badge gone">{parts.join(' · ')}</span>;
}

export function CommentItem({ c, replies, depth }: { c: CommentView; replies: (id: string) => CommentView[]; depth: number }) {
  const { api, t, me, cfg, closed, upsert, remove, fail, target } = useWidget();
  const [copied, setCopied] = useState('');
  const link = permalink(cfg.storyUrl, c.id);
  const copyLink = async () => {
    // The clipboard may be refused (permissions, an insecure page): the link is then shown to copy by hand.
    try { await navigator.clipboard.writeText(link); setCopied(t('linkCopied')); } catch { setCopied(link); }
  };
  const [open, setOpen] = useState<'reply' | 'report' | 'edit' | null>(null);
  // A signed-in reader's thread page says whether they reacted; after that, the server's answer to a press does.
  const [reacted, setReacted] = useState(c.reacted ?? false);
  /** A signed-out reader pressed Respect: the answer appears next to the button, not at the top of the widget. */
  const [askSignIn, setAskSignIn] = useState(false);
  const mine = me?.id === c.author.id;
  const toggle = (what: typeof open) => setOpen(open === what ? null : what);
  const when = new Date(c.createdAt);

  const respect = async () => {
    // Signed-out readers may press it too: they learn why nothing happened, where they pressed.
    if (!me) return setAskSignIn(true);
    try {
      const r = await api.react(c.id, !reacted);
      setReacted(r.reacted);
      upsert({ ...c, reactionCount: r.reactionCount });
    } catch (err) {
      fail(err);
    }
  };
  // The sign-in form is at the top of the widget: take the reader there, focus first.
  const goToSignIn = (e: Event) => {
    const root = (e.currentTarget as Element).getRootNode() as ParentNode;
    const first = root.querySelector<HTMLInputElement>('.auth input');
    first?.scrollIntoView({ block: 'center' });
    first?.focus();
  };
  const withdraw = async () => {
    if (!confirm(t('withdrawConfirm'))) return;
    try {
      await api.withdraw(c.id);
      remove(c.id);
    } catch (err) {
      fail(err);
    }
  };

  const kids = replies(c.id);
  // An erased account's name is cleared to "[deleted]" on the server; each language shows its own word for it.
  const author = c.author.displayName === '[deleted]' ? t('deletedAuthor') : c.author.displayName;
  return (
    <li class={'comment' + (mine ? ' mine' : '') + (target === c.id ? ' target' : '')} data-id={c.id} id={`charcha-${c.id}`}>
      <article aria-label={bidiSafe(author)} tabIndex={-1}>
        <header>
          <strong><Isolate text={author} /></strong>
          <time dateTime={c.createdAt}>{when.toLocaleString(cfg.lang === 'hi' ? 'hi-IN' : 'en-IN', { dateStyle: 'medium', timeStyle: 'short' })}</time>
          {c.editedAt && <span class="muted">({t('edited')})</span>}
          {c.featured && <span class="badge featured">★ {t('featured')}</span>}
          <Status c={c} />
        </header>
        {open === 'edit'
          ? <Composer editId={c.id} initial={c.body} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />
          : <Body text={c.body} />}
        <div class="actions">
          <button type="button" aria-pressed={reacted} disabled={mine || closed} onClick={respect}>
            {t('respect')} <span class="n">{c.reactionCount}</span>
          </button>
          {!me && askSignIn && (
            <span class="hint" role="status">{t('signInToReact')} <button type="button" class="link" onClick={goToSignIn}>{t('signIn')}</button></span>
          )}
          {me && !closed && c.status === 'approved' && <button type="button" aria-expanded={open === 'reply'} onClick={() => toggle('reply')}>{t('reply')}</button>}
          {me && !mine && <button type="button" aria-expanded={open === 'report'} onClick={() => toggle('report')}>{t('report')}</button>}
          {mine && !closed && canEdit(c, Date.now()) && <button type="button" onClick={() => toggle('edit')}>{t('edit')}</button>}
          <a class="permalink" href={link} onClick={(e) => { e.preventDefault(); copyLink(); }}>{t('copyLink')}</a>
          {copied && <span class="hint" role="status">{copied}</span>}
          {/* A rejected or removed opinion is already hidden; the author's way forward there is the appeal below. */}
          {mine && withdrawable(c.status as CommentStatus) && <button type="button" onClick={withdraw}>{t('withdraw')}</button>}
        </div>
        {open === 'reply' && <Composer parentId={c.id} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />}
        {open === 'report' && <ReportForm commentId={c.id} onClose={() => setOpen(null)} />}
        {mine && APPEALABLE_STATUSES.includes(c.status as CommentStatus) && <Appeal c={c} />}
      </article>
      {kids.length > 0 && (
        <ol class={depth < MAX_INDENT ? 'replies' : 'replies flat'}>
          {kids.map((k) => <CommentItem key={k.id} c={k} replies={replies} depth={depth + 1} />)}
        </ol>
      )}
    </li>
  );
}
