// A reader's text, rendered as text nodes only; http(s) URLs become nofollow links that open in a new tab.
import { linkify } from './text';

export function Body({ text }: { text: string }) {
  return (
    <p class="body">
      {linkify(text).map((p, i) =>
        p.href
          ? <a key={i} href={p.href} rel="nofollow ugc noopener" target="_blank">{p.text}</a>
          : p.text)}
    </p>
  );
}
