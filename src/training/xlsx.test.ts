// The xlsx reader over workbooks built here with fflate: shared, inline and rich strings, entities, gaps, sheet lookup.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsxRecords, unescapeXml } from './xlsx';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(parts: { sheet: string; strings?: string[]; sheetTarget?: string }): Uint8Array {
  const target = parts.sheetTarget ?? 'worksheets/sheet1.xml';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="Data" sheetId="1" r:id="rId7"/><sheet name="Other" sheetId="2" r:id="rId8"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="worksheet" Target="worksheets/other.xml"/><Relationship Id="rId7" Type="worksheet" Target="${target}"/></Relationships>`),
    [`xl/${target}`]: strToU8(`<?xml version="1.0"?><worksheet ${NS}><dimension ref="A1:D6"/><sheetData>${parts.sheet}</sheetData></worksheet>`),
    'xl/worksheets/other.xml': strToU8(`<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>`),
  };
  if (parts.strings) files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><sst ${NS} count="${parts.strings.length}">${parts.strings.map((s) => `<si>${s}</si>`).join('')}</sst>`);
  return zipSync(files);
}

describe('readXlsxRecords', () => {
  it('keys rows by the header, resolving shared, inline, rich-text and numeric cells, filling missing cells with ""', () => {
    const strings = [
      '<t>id</t>', '<t xml:space="preserve"> text </t>', '<t>task1</t>', '<t>task2</t>',
      '<t>Tom &amp; Jerry &lt;3 &quot;hi&quot; &#x0915;&#2325;</t>',
      '<r><rPr><b/></rPr><t>rich </t></r><r><t xml:space="preserve">run</t></r><rPh sb="0" eb="1"><t>phonetic</t></rPh>',
      '<t>HOF</t>', '<t>line_x000D_break</t>',
    ];
    const sheet = [
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
      '<row r="2"><c r="A2"><v>1.0</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>6</v></c><c r="D2" t="inlineStr"><is><t>PRFN</t></is></c></row>',
      '<row r="3"><c r="A3" s="1"/><c r="B3" s="1"/></row>', // styled but empty: a blank row, skipped
      '<row r="4"><c r="A4"><v>2</v></c><c r="B4" t="s"><v>5</v></c></row>', // C4, D4 missing
      '<row r="6"><c r="B6" t="s"><v>7</v></c><c r="D6" t="b"><v>1</v></c></row>', // row 5 absent, A6 missing
    ].join('');
    expect(readXlsxRecords(workbook({ sheet, strings }))).toEqual([
      { id: '1', text: 'Tom & Jerry <3 "hi" कक', task1: 'HOF', task2: 'PRFN' },
      { id: '2', text: 'rich run', task1: '', task2: '' },
      { id: '', text: 'line\rbreak', task1: '', task2: 'true' },
    ]);
  });

  it('reads the first sheet named by workbook.xml and its relationships, not whichever file comes first', () => {
    const sheet = '<row r="1"><c r="A1" t="inlineStr"><is><t>text</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>right sheet</t></is></c></row>';
    expect(readXlsxRecords(workbook({ sheet, sheetTarget: 'worksheets/data.xml' }))).toEqual([{ text: 'right sheet' }]);
  });

  it('names columns without a header __EMPTY and repeated headers name_1, and a header cell cannot pollute prototypes', () => {
    const sheet = [
      '<row r="1"><c r="B1" t="inlineStr"><is><t>a</t></is></c><c r="C1" t="inlineStr"><is><t>a</t></is></c><c r="D1" t="inlineStr"><is><t>__proto__</t></is></c></row>',
      '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c><c r="D2" t="inlineStr"><is><t>polluted</t></is></c></row>',
    ].join('');
    const [row] = readXlsxRecords(workbook({ sheet }));
    expect(Object.keys(row)).toEqual(['__EMPTY', 'a', 'a_1', '__proto__']);
    expect(row).toMatchObject({ __EMPTY: 'x', a: '1', a_1: '2' });
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });

  it('follows cells and rows that carry no reference', () => {
    const sheet = '<row><c t="inlineStr"><is><t>k</t></is></c><c t="inlineStr"><is><t>v</t></is></c></row><row><c><v>7</v></c><c t="str"><v>a&amp;b</v></c></row>';
    expect(readXlsxRecords(workbook({ sheet }))).toEqual([{ k: '7', v: 'a&b' }]);
  });

  it('decodes XML entities and OOXML escapes', () => {
    expect(unescapeXml('&lt;a&gt; &amp;amp; &apos;&#39;&#x1F600; _x0041_ &unknown;')).toBe("<a> &amp; ''\u{1F600} A &unknown;");
  });
});
