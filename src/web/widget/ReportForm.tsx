// Report a comment: a reason from the policy's categories plus free text.
import { useState } from 'preact/hooks';
import type { ReportReason } from './api';
import { useWidget } from './context';

let uid = 0;

export function ReportForm({ commentId, onClose }: { commentId: string; onClose(): void }) {
  const { api, t, reasons, fail, cfg } = useWidget();
  const [reason, setReason] = useState(reasons[0] ?? 'other');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const id = `r${++uid}`;

  if (sent) return <p class="ok" role="status">{t('reported')}</p>;
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await api.report(commentId, reason, note);
      setSent(true);
    } catch (err) {
      fail(err);
    }
  };
  return (
    <form class="report" onSubmit={submit}>
      <label for={id}>{t('reportReason')}</label>
      <select id={id} value={reason} onChange={(e) => setReason((e.target as HTMLSelectElement).value as ReportReason)}>
        {reasons.map((r) => <option key={r} value={r}>{t('label.' + r)}</option>)}
      </select>
      <label for={id + 'n'}>{t('reportNote')}</label>
      <textarea id={id + 'n'} rows={2} maxLength={1000} value={note}
        onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      <div class="row">
        {/* A report goes to moderators; a legal complaint goes to the grievance officer on a statutory clock. */}
        <a class="legal" href={`${cfg.base}/grievance?comment=${encodeURIComponent(commentId)}`} target="_blank" rel="noopener">{t('legalComplaint')}</a>
        <span class="grow" />
        <button type="button" class="ghost" onClick={onClose}>{t('cancel')}</button>
        <button type="submit">{t('sendReport')}</button>
      </div>
    </form>
  );
}
