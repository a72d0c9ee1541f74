// count.js: fills every [data-charcha-count="<story URL>"] element with that story's public comment count, one request per 100 URLs.
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  // The API lives where this script came from, whatever page includes it.
  const base = script ? new URL(script.src).origin : location.origin;
  const run = () => {
    const byUrl = new Map<string, HTMLElement[]>();
    document.querySelectorAll<HTMLElement>('[data-charcha-count]').forEach((el) => {
      let url: string;
      try { url = new URL(el.getAttribute('data-charcha-count') || location.href, location.href).href.split('#')[0]; } catch { return; }
      byUrl.set(url, [...(byUrl.get(url) || []), el]);
    });
    const urls = [...byUrl.keys()];
    for (let i = 0; i < urls.length; i += 100) {
      const q = new URLSearchParams();
      urls.slice(i, i + 100).forEach((u) => q.append('url', u));
      fetch(`${base}/api/v1/counts?${q}`, { credentials: 'omit' })
        .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
        .then((body: { counts: Record<string, number> }) => {
          for (const [url, n] of Object.entries(body.counts)) {
            byUrl.get(url)?.forEach((el) => { el.textContent = String(n); el.setAttribute('data-charcha-count-value', String(n)); });
          }
        })
        // A count is decoration: on failure the page keeps whatever the element held.
        .catch(() => undefined);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
})();
