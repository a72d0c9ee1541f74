// A reader's text, rendered as text nodes only; http(s) URLs become nofollow links that open in a new tab.
import { linkify } from './text';
import { Revealed } from './Bidi';

/** Isolated from the page (bdi, dir=auto) and with bidi controls shown as markers, so no text can reorder another. */
export function Body({ text }: { text: string }) {
  return (
    <p class="body" dir="auto">
      <bdi dir="auto">
        {linkify(text).map((p, i) =>
          p.href
            ? <a key={i} href={p.href} rel="nofollow ugc noopener" target="_blank"><Revealed text={p.text} /></a>
            : <Revealed key={i} text={p.text} />)}
      </bdi>
    </p>
  );
}
