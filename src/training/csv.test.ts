// The CSV/TSV readers on the shapes the datasets use: quotes, doubled quotes, newlines in fields, CRLF, BOM.
import { describe, expect, it } from 'vitest';
import { parseCsv, parseTsv, withHeader } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const rows = parseCsv('id,text,label\r\n1,"a, b",OAG\r\n2,"say ""hi""\nthere",NAG\r\n');
    expect(rows).toEqual([['id', 'text', 'label'], ['1', 'a, b', 'OAG'], ['2', 'say "hi"\nthere', 'NAG']]);
  });
  it('keeps a quote in the middle of an unquoted field and handles a missing final newline and a BOM', () => {
    expect(parseCsv('\uFEFFa,5" tall,x\nb,,')).toEqual([['a', '5" tall', 'x'], ['b', '', '']]);
  });
  it('maps rows to records by header', () => {
    expect(withHeader(parseCsv('label,text\n0,abc\n'))).toEqual([{ label: '0', text: 'abc' }]);
  });
});

describe('parseTsv', () => {
  it('splits on tabs with quoting disabled and skips blank lines', () => {
    expect(parseTsv('id\ttweet\r\n1\t"quoted" start\r\n\r\n2\tx\n')).toEqual([['id', 'tweet'], ['1', '"quoted" start'], ['2', 'x']]);
  });
});
