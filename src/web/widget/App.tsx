// The opinion section: policy notice, sign-in or acceptance or composer, then the live thread.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Api, ApiError, type Author, type CommentView, type Policy, type ReportReason } from './api';
import { PolicyGate } from './Auth';
import { CommentItem } from './CommentItem';
import { Composer } from './Composer';
import { SettingsPanel } from './Settings';
import { WidgetContext, type EmbedConfig, type Widget } from './context';
import { translator } from './i18n';
import { connectLive, type LiveMode } from './live';
import { arrange, merge, type Sort } from './thread';
import { linkedId, threadOf } from './permalink';
import { REPORT_REASONS } from '../../domain/types';
import { SignInChoice } from './SignInChoice';
import { bindInstance, endSession, exchangeToken, restoreSession } from './sso';

/** The report reasons the server accepts (domain's REPORT_REASONS, which its ReportBody schema is built from). */
const REASONS: ReportReason[] = [...REPORT_REASONS];
type View = 'all' | 'featured';

export function App({ cfg }: { cfg: EmbedConfig }) {
  const api = useMemo(() => new Api(cfg.base, cfg.base !== location.origin), [cfg.base]);
  const t = useMemo(() => translator(cfg.lang), [cfg.lang]);
  const [me, setMe] = useState<Author | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [list, setList] = useState<CommentView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort>('newest');
  /** All opinions, or only those staff featured. */
  const [view, setView] = useState<View>('all');
  const viewRef = useRef(view);
  viewRef.current = view;
  const [ready, setReady] = useState(false);
  const [closed, setClosed] = useState(false);
  const [error, setError] = useState('');
  const [announce, setAnnounce] = useState('');
  const [mode, setMode] = useState<LiveMode>('connecting');
  const [settings, setSettings] = useState(false);
  const listRef = useRef(list);
  listRef.current = list;
  const meRef = useRef(me);
  meRef.current = me;
  const sortRef = useRef(sort);
  sortRef.current = sort;

  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.status === 401) setMe(null);
    // A new policy version was published since acceptance: show it and ask again.
    if (e instanceof ApiError && e.code === 'policy_not_accepted') {
      setAccepted(false);
      api.policy(cfg.lang).then(setPolicy).catch(() => undefined);
    }
    setError(e instanceof ApiError && e.detail ? e.detail : t('error'));
  };
  const load = async (s: Sort, after: string | null, v: View = viewRef.current) => {
    const page = await api.thread(cfg.storyUrl, s, after, v === 'featured');
    setClosed(page.story.closed);
    setList((l) => merge(after ? l : [], page.comments, s, 'page'));
    setCursor(page.nextCursor);
  };

  useEffect(() => {
    let stop = () => {};
    (async () => {
      // The session comes first: a returning reader's cookie makes the story upsert a cookie write, which needs
      // the CSRF token the session response carries. The story must exist before its thread or stream is read.
      // Publisher SSO first: the session kept on the host page, or the embed's token exchanged for one (sso.ts).
      await restoreSession(api, cfg.ssoToken).catch(fail);
      const session = await api.session();
      await api.upsertStory(cfg.storyUrl, cfg.title, cfg.entities, cfg.signature).catch(fail);
      const pol = await api.policy(cfg.lang);
      setMe(session.user);
      setAccepted(session.policyAccepted);
      setPolicy(pol);
      // A thread that cannot be read (story refused, network) still leaves a usable widget with the error shown.
      await load('newest', null).catch(fail);
      setReady(true);
      await openLinked().catch(() => undefined);
      stop = connectLive(cfg.base, cfg.storyUrl, {
        comment: (c) => {
          if (c.status !== 'approved' && c.author?.id !== meRef.current?.id) return;
          if (viewRef.current === 'featured' && !c.featured) return;
          setList((l) => {
            if (!l.some((x) => x.id === c.id) && c.author?.id !== meRef.current?.id) {
              setAnnounce(`${t('newComment')} ${c.author?.displayName ?? ''}`);
            }
            return merge(l, [c], sortRef.current);
          });
        },
        reaction: (id, count) => setList((l) => l.map((c) => (c.id === id ? { ...c, reactionCount: count } : c))),
        hide: (id) => setList((l) => l.filter((c) => c.id !== id || c.author?.id === meRef.current?.id)),
        mode: setMode,
        poll: async () => {
          const page = await api.thread(cfg.storyUrl, 'newest', null, viewRef.current === 'featured');
          setList((l) => merge(l, page.comments, sortRef.current));
        },
      });
    })().catch(fail);
    return () => stop();
  }, []);

  // A permalink (#charcha-<id>): bring its comment and the thread above it into the list, then scroll to it.
  const root = useRef<HTMLElement>(null);
  const [target, setTarget] = useState<string | null>(null);
  const openLinked = async () => {
    const id = linkedId(location.hash);
    if (!id) return;
    const have = new Set(listRef.current.map((c) => c.id));
    const chain = await threadOf(api, id, (x) => have.has(x));
    if (chain.length) setList((l) => merge(l, chain, sortRef.current, 'page'));
    scrolledTo.current = null;
    setTarget(id);
  };
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!target || scrolledTo.current === target) return;
    const el = root.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(target)}"] > article`);
    if (!el) return;
    // Once per link: later live updates must not pull the reader back.
    scrolledTo.current = target;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [target, list]);
  useEffect(() => {
    const onHash = () => { openLinked().catch(() => undefined); };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const changeSort = (s: Sort) => {
    setSort(s);
    load(s, null).catch(fail);
  };
  const changeView = (v: View) => {
    setView(v);
    viewRef.current = v;
    load(sort, null, v).catch(fail);
  };
  const signOut = async () => {
    await endSession(api);
    setMe(null);
    setAccepted(false);
    load(sort, null).catch(fail);
  };
  const signedIn = (u: Author) => {
    setError('');
    setMe(u);
    api.session().then((s) => setAccepted(s.policyAccepted)).catch(fail);
    // The reader's own held comments are part of their view of the thread.
    load(sort, null).catch(fail);
  };

  // Charcha.login(token) / Charcha.logout() from the publisher's page (single-page sites).
  const signedInRef = useRef(signedIn);
  signedInRef.current = signedIn;
  const signOutRef = useRef(signOut);
  signOutRef.current = signOut;
  useEffect(() => bindInstance({
    login: async (token) => { signedInRef.current(await exchangeToken(api, token)); },
    logout: () => signOutRef.current(),
  }), []);

  const ctx: Widget = {
    api, t, cfg, me, policy, closed,
    reasons: REASONS,
    target,
    upsert: (c) => setList((l) => merge(l, [c], sortRef.current)),
    remove: (id) => setList((l) => l.filter((c) => c.id !== id)),
    fail,
  };
  const { top, replies } = arrange(list);

  return (
    <WidgetContext.Provider value={ctx}>
      <section class="charcha" aria-labelledby="charcha-h" lang={cfg.lang} ref={root}>
        <h2 id="charcha-h">{t('heading')}</h2>
        {policy && (
          <aside class="notice" aria-label={t('notice')} lang={policy.lang}>
            <p>{policy.text}</p>
          </aside>
        )}
        {me && (
          <p class="who">
            {t('signedInAs')} <strong>{me.displayName}</strong>
            <button type="button" class="link" onClick={signOut}>{t('signOut')}</button>
            {/* A top-level GET to our origin: the session cookie goes with it; the server answers it as a file. */}
            <a class="link" href={`${cfg.base}/api/v1/me/data?download=1`} download>{t('myData')}</a>
            <button type="button" class="link" aria-expanded={settings} onClick={() => setSettings(!settings)}>{t('settings')}</button>
          </p>
        )}
        {me && settings && (
          <SettingsPanel onClose={() => setSettings(false)} onRenamed={(displayName) => setMe({ ...me, displayName })}
            onSignedOut={() => { setSettings(false); signOut(); }} />
        )}
        {closed ? <p class="muted">{t('closed')}</p>
          : !me ? <SignInChoice onSignedIn={signedIn} />
            : !accepted ? <PolicyGate onAccepted={() => { setError(''); setAccepted(true); }} />
              : <Composer onDone={() => setError('')} />}
        <div class="error" role="alert">{error}</div>
        <div class="toolbar">
          <label>{t('sortLabel')}{' '}
            <select value={sort} onChange={(e) => changeSort((e.target as HTMLSelectElement).value as Sort)}>
              <option value="newest">{t('newest')}</option>
              <option value="oldest">{t('oldest')}</option>
              <option value="reactions">{t('reactions')}</option>
            </select>
          </label>
          <span class="views" role="group" aria-label={t('view')}>
            <button type="button" class="ghost" aria-pressed={view === 'all'} onClick={() => changeView('all')}>{t('viewAll')}</button>
            <button type="button" class="ghost" aria-pressed={view === 'featured'} onClick={() => changeView('featured')}>{t('viewFeatured')}</button>
          </span>
          <span class={'mode ' + mode}>{mode === 'live' ? t('live') : mode === 'polling' ? t('polling') : ''}</span>
        </div>
        {!ready ? <p class="muted">{t('loading')}</p>
          : top.length === 0 ? <p class="muted">{view === 'featured' ? t('noFeatured') : t('noComments')}</p>
            : <ol class="thread">{top.map((c) => <CommentItem key={c.id} c={c} replies={replies} depth={0} />)}</ol>}
        {cursor && <button type="button" class="more" onClick={() => load(sort, cursor).catch(fail)}>{t('loadMore')}</button>}
        {/* The statutory grievance desk: always one click away, signed in or not (compliance.md F2). */}
        <p class="foot"><a href={`${cfg.base}/grievance`} target="_blank" rel="noopener">{t('grievanceOfficer')}</a></p>
        <div class="sr" aria-live="polite">{announce}</div>
      </section>
    </WidgetContext.Provider>
  );
}
