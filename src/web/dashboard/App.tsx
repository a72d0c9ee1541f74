// The dashboard shell: staff sign-in gate, hash routes (queues, detail, appeals, grievances, settings, webhooks, stats) and the status line.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, currentStaff, SIGNED_OUT, signOutEverywhere, type Me } from './api';
import { Appeals } from './Appeals';
import { AuditLog } from './AuditLog';
import { Detail } from './Detail';
import { GrievanceBoard, GrievanceDetail } from './Grievances';
import { Queue } from './Queue';
import { Settings } from './Settings';
import { SignIn } from './SignIn';
import { Stats } from './Stats';
import { Stories } from './Stories';
import { People, Person } from './People';
import { Webhooks } from './Webhooks';
import { OidcLink } from './Oidc';

const parseHash = () => (location.hash.replace(/^#\/?/, '') || 'queue/review').split('/');

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [checked, setChecked] = useState(false);
  const [route, setRoute] = useState(parseHash());
  const [toast, setToast] = useState<string | null>(null);

  useEffect(() => {
    // A toast belongs to the page it was raised on: moving to another section clears it.
    const on = () => { setRoute(parseHash()); setToast(null); };
    const out = () => setMe(null);
    window.addEventListener('hashchange', on);
    window.addEventListener(SIGNED_OUT, out);
    // A new tab (or a reload) is already signed in when the browser holds the staff session cookie.
    currentStaff().then(setMe, () => setMe(null)).finally(() => setChecked(true));
    return () => { window.removeEventListener('hashchange', on); window.removeEventListener(SIGNED_OUT, out); };
  }, []);
  useEffect(() => { if (!toast) return; const t = setTimeout(() => setToast(null), 5000); return () => clearTimeout(t); }, [toast]);

  if (!checked) return null;
  if (!me) return <SignIn onSignedIn={setMe} />;

  const notify = (m: string) => setToast(m);
  const signOut = async () => {
    await signOutEverywhere().catch((e) => e instanceof ApiError || Promise.reject(e));
    setMe(null);
  };
  const [view, arg] = route;
  // The statutory desk is the grievance officer's and the admin's (the server's permission table); moderators work the queues.
  const grievanceDesk = me.permissions.includes('grievance.read');
  const back = () => { if (history.length > 1) history.back(); else location.hash = '#/queue/review'; };
  const open = (id: string) => { location.hash = `#/comment/${id}`; };
  return (
    <div class="shell">
      <header>
        <strong>Charcha</strong>
        <nav aria-label="Sections">
          <a href="#/queue/review" class={view === 'queue' || view === 'comment' ? 'active' : ''}>Queues</a>
          <a href="#/appeals/pending" class={view === 'appeals' ? 'active' : ''}>Appeals</a>
          {grievanceDesk && <a href="#/grievances" class={view === 'grievances' || view === 'grievance' ? 'active' : ''}>Grievances</a>}
          <a href="#/stories" class={view === 'stories' ? 'active' : ''}>Stories</a>
          <a href="#/people" class={view === 'people' ? 'active' : ''}>People</a>
          <a href="#/settings" class={view === 'settings' ? 'active' : ''}>Settings</a>
          <a href="#/webhooks" class={view === 'webhooks' ? 'active' : ''}>Webhooks</a>
          <a href="#/stats" class={view === 'stats' ? 'active' : ''}>Stats</a>
          <a href="#/log" class={view === 'log' ? 'active' : ''}>Audit log</a>
          <a href="/moderation-log" target="_blank" rel="noopener">Public log</a>
        </nav>
        <span class="who">{me.user.displayName} · {me.user.role.replace('_', ' ')} <button type="button" onClick={signOut}>Sign out</button><OidcLink /></span>
      </header>
      <main>
        {view === 'queue' && <Queue key={arg} queue={arg ?? 'review'} onOpen={open} notify={notify} />}
        {view === 'comment' && arg && <Detail key={arg} id={arg} onBack={back} notify={notify} />}
        {view === 'appeals' && <Appeals key={arg} status={arg ?? 'pending'} onOpen={open} notify={notify} />}
        {view === 'grievances' && grievanceDesk && <GrievanceBoard notify={notify} />}
        {view === 'grievance' && arg && grievanceDesk && <GrievanceDetail key={arg} id={decodeURIComponent(arg)} onBack={() => { location.hash = '#/grievances'; }} notify={notify} />}
        {view === 'settings' && <Settings canEdit={me.permissions.includes('settings.update')} canExport={me.permissions.includes('comments.export')} notify={notify} />}
        {view === 'webhooks' && <Webhooks canEdit={me.permissions.includes('settings.update')} notify={notify} />}
        {view === 'stats' && <Stats notify={notify} />}
        {view === 'people' && !arg && <People canSetRole={me.permissions.includes('user.setRole')} canNote={me.permissions.includes('user.note')} selfId={me.user.id} notify={notify} />}
        {view === 'people' && arg && <Person key={arg} id={decodeURIComponent(arg)} canNote={me.permissions.includes('user.note')} notify={notify} />}
        {view === 'stories' && <Stories canEditDefault={me.permissions.includes('settings.update')} notify={notify} />}
        {view === 'log' && <AuditLog canExport={me.permissions.includes('audit.export')} notify={notify} />}
      </main>
      <div class="toast" role="status" aria-live="polite">{toast}</div>
    </div>
  );
}
