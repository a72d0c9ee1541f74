// A reader's text with the engine's spans highlighted: text nodes and <mark>, never HTML from the reader.
import { markSpans } from '../widget/text';
import { Revealed } from '../widget/Bidi';
import type { AdminComment } from './api';

export function Marked({ comment }: { comment: Pick<AdminComment, 'body' | 'moderation'> }) {
  const pieces = markSpans(comment.body, comment.moderation?.spans ?? []);
  return (
    <p class="body" dir="auto">
      {/* Isolated, with bidi controls shown as markers: a moderator must see the text's tricks, not fall for them. */}
      <bdi dir="auto">
        {pieces.map((p, i) => (p.span
          ? <mark key={i} class={`l-${p.span.label}`} title={`${p.span.label}${p.span.target ? ` → ${p.span.target}` : ''}`}><Revealed text={p.text} /></mark>
          : <span key={i}><Revealed text={p.text} /></span>))}
      </bdi>
    </p>
  );
}

export function Chips({ items, kind }: { items: string[]; kind: string }) {
  return <>{items.map((x) => <span key={x} class={`chip ${kind} l-${x}`}>{x}</span>)}</>;
}
