// Readers' strings shown safely in either direction: isolated (<bdi dir=auto>) with bidi controls made visible.
import { revealBidi } from './text';

/** Text nodes with each bidi control replaced by a visible marker; for use inside links and marks. */
export function Revealed({ text }: { text: string }) {
  return <>{revealBidi(text).map((p, i) => (p.control ? <span key={i} class="bidi-mark" title={p.control}>{p.text}</span> : p.text))}</>;
}

/** A reader's string (a name, a note) isolated from its surroundings, so it cannot reorder the text around it. */
export function Isolate({ text }: { text: string }) {
  return <bdi dir="auto"><Revealed text={text} /></bdi>;
}
