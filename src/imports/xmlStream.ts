// Streams an XML file through saxes in fixed-size chunks, yielding what a handler emits: memory stays bounded by one record.
import { createReadStream, statSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import type { Progress } from './items';

export interface XmlHandler<T> {
  /** An element opened; `path` is the stack of element names from the root, this one last. */
  open(path: readonly string[], attrs: Record<string, string>): void;
  /** An element closed with the text (and CDATA) directly inside it. */
  close(path: readonly string[], text: string, emit: (item: T) => void): void;
}

export async function* streamXml<T>(file: string, handler: XmlHandler<T>, progress?: Progress): AsyncGenerator<T> {
  const total = statSync(file).size;
  const parser = new SaxesParser({ xmlns: false });
  const stack: string[] = [];
  const texts: string[] = [];
  let out: T[] = [];
  const emit = (item: T) => { out.push(item); };
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    texts.push('');
    handler.open(stack, tag.attributes as Record<string, string>);
  });
  const addText = (t: string) => { if (texts.length) texts[texts.length - 1] += t; };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    handler.close(stack, texts.pop() ?? '', emit);
    stack.pop();
  });
  let done = 0;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    parser.write(chunk as string);
    done += Buffer.byteLength(chunk as string);
    progress?.(done, total);
    if (out.length) {
      const ready = out;
      out = [];
      yield* ready;
    }
  }
  parser.close();
  yield* out;
}
