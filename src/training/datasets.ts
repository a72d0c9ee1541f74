// Loaders for every dataset in the shared data folder: raw text and the raw label key the mapping table expects.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { parseCsv, parseTsv, withHeader } from './csv';
import { SOURCES } from './labels';
import { decodeCp1252 } from './text-fixes';
import { readXlsxRecords } from './xlsx';

export interface RawRow {
  source: string;
  text: string;
  /** Label key as documented in labels.ts for this source. */
  key: string;
}

type Loader = (dir: string) => RawRow[];

const utf8 = (path: string): string => readFileSync(path, 'utf8');
const rows = (source: string, list: { text: string; key: string }[]): RawRow[] => list.map((r) => ({ source, ...r }));

const xlsxRecords = (path: string): Record<string, string>[] => readXlsxRecords(readFileSync(path));

const hasocKey = (t1: string, t2: string, t3?: string): string =>
  [t1.trim(), t2.trim(), ...(t3 === undefined ? [] : [t3.trim()])].join('/');

interface IchclItem { tweet_id: string; tweet: string; comments?: IchclItem[]; replies?: IchclItem[] }

function flattenThread(item: IchclItem, out: IchclItem[]): void {
  out.push(item);
  for (const c of item.comments ?? []) flattenThread(c, out);
  for (const r of item.replies ?? []) flattenThread(r, out);
}

function tracRows(source: string, files: string[], header: boolean): RawRow[] {
  const out: RawRow[] = [];
  for (const f of files) {
    const parsed = parseCsv(utf8(f));
    for (const r of header ? parsed.slice(1) : parsed) if (r.length >= 3) out.push({ source, text: r[1], key: r[2].trim() });
  }
  return out;
}

export const LOADERS: Record<string, Loader> = {
  olid: (d) => rows('olid', withHeader(parseTsv(utf8(join(d, 'olid-training-v1.0.tsv'))))
    .map((r) => ({ text: r.tweet, key: `${r.subtask_a}/${r.subtask_b}/${r.subtask_c}` }))),
  davidson2017: (d) => rows('davidson2017', withHeader(parseCsv(utf8(join(d, 'labeled_data.csv'))))
    .map((r) => ({ text: r.tweet, key: r.class }))),
  hatexplain: (d) => rows('hatexplain', ['092-HateXplain.train.csv', '092-HateXplain.val.csv']
    .flatMap((f) => withHeader(parseCsv(utf8(join(d, f))))).map((r) => ({ text: r.text, key: r.category }))),
  'hasoc2019-en': (d) => rows('hasoc2019-en', withHeader(parseTsv(utf8(join(d, 'english_dataset.tsv'))))
    .map((r) => ({ text: r.text, key: hasocKey(r.task_1, r.task_2, r.task_3) }))),
  'hasoc2019-hi': (d) => rows('hasoc2019-hi', withHeader(parseTsv(utf8(join(d, 'hindi_dataset.tsv'))))
    .map((r) => ({ text: r.text, key: hasocKey(r.task_1, r.task_2, r.task_3) }))),
  'hasoc2020-en': (d) => rows('hasoc2020-en', xlsxRecords(join(d, 'hasoc_2020_en_train_new_a.xlsx'))
    .map((r) => ({ text: r.text, key: hasocKey(r.task1, r.task2) }))),
  'hasoc2020-hi': (d) => rows('hasoc2020-hi', xlsxRecords(join(d, 'hasoc_2020_hi_train_a.xlsx'))
    .map((r) => ({ text: r.text, key: hasocKey(r.task1, r.task2) }))),
  'hasoc2021-en': (d) => rows('hasoc2021-en', withHeader(parseCsv(utf8(join(d, 'en_Hasoc2021_train.csv'))))
    .map((r) => ({ text: r.text, key: hasocKey(r.task_1, r.task_2) }))),
  'hasoc2021-hi': (d) => rows('hasoc2021-hi', xlsxRecords(join(d, 'HASOC-Hindi2021(train).xlsx'))
    .map((r) => ({ text: r.text, key: hasocKey(r.task1, r.task2) }))),
  ichcl: (d) => {
    const zip = readdirSync(d).find((f) => f.endsWith('.zip'));
    if (!zip) return [];
    const files = unzipSync(readFileSync(join(d, zip)), { filter: (f) => f.name.endsWith('.json') });
    const out: RawRow[] = [];
    for (const name of Object.keys(files).filter((n) => n.endsWith('/data.json')).sort()) {
      const labelsName = name.replace(/data\.json$/, 'labels.json');
      if (!files[labelsName]) continue;
      const labels = JSON.parse(strFromU8(files[labelsName])) as Record<string, string>;
      const items: IchclItem[] = [];
      flattenThread(JSON.parse(strFromU8(files[name])) as IchclItem, items);
      for (const it of items) if (labels[it.tweet_id]) out.push({ source: 'ichcl', text: it.tweet, key: labels[it.tweet_id] });
    }
    return out;
  },
  'macd-hi': (d) => rows('macd-hi', ['hindi_train.csv', 'hindi_val.csv']
    .flatMap((f) => withHeader(parseCsv(utf8(join(d, f))))).map((r) => ({ text: r.text, key: r.label.trim() }))),
  bohra2018: (d) => rows('bohra2018', parseTsv(utf8(join(d, 'hate_speech.tsv'))).filter((r) => r.length >= 2)
    .map((r) => {
      const raw = r[r.length - 1].trim().toLowerCase();
      return { text: r.slice(0, -1).join('\t'), key: raw === 'yes' ? 'yes' : raw === 'no' || raw === 'n' || raw === 'on' ? 'no' : raw };
    })),
  constraint2021: (d) => rows('constraint2021', ['train.csv', 'valid.csv']
    .flatMap((f) => withHeader(parseCsv(utf8(join(d, f))))).map((r) => {
      const tags = new Set(r['Labels Set'].split(',').map((t) => t.trim()));
      const key = tags.has('non-hostile') ? 'non-hostile'
        : tags.has('hate') && tags.has('offensive') ? 'hate,offensive' : tags.has('hate') ? 'hate' : tags.has('offensive') ? 'offensive' : 'other';
      return { text: r.Post, key };
    })),
  'trac1-en': (d) => tracRows('trac1-en', ['agr_en_train.csv', 'agr_en_dev.csv'].map((f) => join(d, 'english', f)), false),
  'trac1-hi': (d) => tracRows('trac1-hi', ['agr_hi_train.csv', 'agr_hi_dev.csv'].map((f) => join(d, 'hindi', f)), false),
  'trac2-en': (d) => tracRows('trac2-en', ['trac2_eng_train.csv', 'trac2_eng_dev.csv'].map((f) => join(d, 'eng', f)), true),
  'trac2-hi': (d) => tracRows('trac2-hi', ['trac2_hin_train.csv', 'trac2_hin_dev.csv'].map((f) => join(d, 'hin', f)), true),
  'hinglish-profanity': (d) => rows('hinglish-profanity', parseCsv(decodeCp1252(readFileSync(join(d, 'Hinglish_Profanity_List.csv'))))
    .filter((r) => r.length >= 3).map((r) => ({ text: r[0], key: r[2].trim() }))),
};

/** Loads the raw rows of the given sources; a missing folder is reported, not fatal. */
export function loadSources(dataDir: string, sources: string[], warn: (msg: string) => void): RawRow[] {
  const out: RawRow[] = [];
  for (const s of sources) {
    const dir = join(dataDir, SOURCES[s].folder);
    if (!existsSync(dir)) { warn(`data folder missing: ${dir} (source ${s} skipped)`); continue; }
    out.push(...LOADERS[s](dir));
  }
  return out;
}
