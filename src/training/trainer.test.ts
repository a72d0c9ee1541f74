// A tiny synthetic train → predict round trip, through the model file format, for every head the rows define.
import { describe, expect, it } from 'vitest';
import { classifierFromBytes, createClassifier, dequantise, encodeModel, decodeModel, HEADS, type ModelData } from '../moderation/classifier';
import { dedupKey, type Example } from './examples';
import { calibrate } from './evaluate';
import { mulberry32 } from './random';
import { computeIdf, denseWeights, extraWeights, packAll, train } from './trainer';

const features = { bits: 14, minChar: 2, maxChar: 4 };
const rude = ['idiot', 'moron', 'stupid', 'bewakoof', 'loser'];
const calm = ['budget', 'weather', 'cricket', 'election', 'river'];

function synth(n: number, seed: number): Example[] {
  const rand = mulberry32(seed);
  const pick = (a: string[]) => a[Math.floor(rand() * a.length)];
  return Array.from({ length: n }, (_, i) => {
    const off = i % 2 === 0;
    const text = off ? `you are a ${pick(rude)} about the ${pick(calm)}` : `the ${pick(calm)} news about the ${pick(calm)} today`;
    return { source: 'synthetic', key: off ? '1' : '0', original: text, text, dedup: dedupKey(text) + i, lang: 'en', licence: 'open', labels: { offensive: off ? 1 : 0, ...(off ? {} : { hate: 0 }) } } as Example;
  });
}

function fit(rows: Example[], seed: number): ModelData {
  const w = train(rows, packAll(rows, features), { features, epochs: 3, learningRate: 0.3, l2: 1e-6, seed, sourceWeight: () => 1 });
  return { header: { format: 'charcha-linear-1', version: 'test-1', heads: [...HEADS], features, calibration: {}, dense: denseWeights(w, features.bits), meta: {} }, weights: w };
}

describe('trainer', () => {
  const rows = synth(400, 1);
  const model = fit(rows, 3);

  it('learns the synthetic rule and generalises to unseen combinations', () => {
    const clf = createClassifier(model);
    expect(clf.predict('what a moron you are').offensive).toBeGreaterThan(0.5);
    expect(clf.predict('the cricket news today').offensive).toBeLessThan(0.5);
  });
  it('is deterministic for a seed', () => {
    expect(Array.from(fit(rows, 3).weights!)).toEqual(Array.from(model.weights!));
  });
  it('leaves heads with no labels untrained', () => {
    const h = HEADS.indexOf('targetGroup');
    const w = model.weights!;
    for (let b = 0; b < w.length / HEADS.length; b++) expect(w[b * HEADS.length + h]).toBe(0);
  });
  it('round-trips through the model file with near-identical scores, and calibration lands near 0.5', () => {
    model.header.calibration = calibrate(createClassifier(model), synth(100, 2));
    const bytes = encodeModel(model);
    const back = decodeModel(bytes);
    expect(back.header).toEqual(model.header);
    const dq = dequantise(back);
    let worst = 0;
    for (let i = 0; i < dq.length; i++) worst = Math.max(worst, Math.abs(dq[i] - model.weights![i]));
    expect(worst).toBeLessThan(0.02 * Math.max(...Array.from(model.weights!, Math.abs)));
    const a = createClassifier(model);
    // A Node Buffer at an odd offset, as readFileSync can return from its pool.
    const b = classifierFromBytes(Buffer.concat([Buffer.from([0]), Buffer.from(bytes)]).subarray(1));
    for (const t of ['you are a loser', 'the river today', 'bewakoof election']) expect(b.predict(t).offensive).toBeCloseTo(a.predict(t).offensive, 2);
    expect(() => decodeModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/not a Charcha model/);
  });
  it('round-trips IDF-weighted features exactly (IDF is snapped to the stored grid before training)', () => {
    const idf = computeIdf(rows, features);
    const w = train(rows, packAll(rows, features, undefined, idf), { features, epochs: 2, learningRate: 0.3, l2: 0, seed: 1, sourceWeight: () => 1 });
    const m: ModelData = { ...model, header: { ...model.header, dense: denseWeights(w, features.bits) }, weights: w, idf };
    const back = decodeModel(encodeModel(m));
    expect(back.idf).toBeDefined();
    for (let i = 0; i < idf.length; i += 97) expect(back.idf![i]).toBeCloseTo(idf[i], 4);
    expect(createClassifier(back).predict('you moron').offensive).toBeCloseTo(createClassifier(m).predict('you moron').offensive, 2);
  });
  it('learns weights for extra features, ships them in a format-2 file, and applies them only when passed', () => {
    // The text alone says nothing; an extra feature carries the label (as lexicon evidence does for the real model).
    const names = ['lex:insult'];
    const rowsX = Array.from({ length: 300 }, (_, i) => {
      const off = i % 2 === 0;
      const text = `comment number ${i % 7} about the day`;
      return { source: 'synthetic', key: off ? '1' : '0', original: text, text, dedup: `${i}`, lang: 'en', licence: 'open', labels: { offensive: off ? 1 : 0 }, extra: off ? { 'lex:insult': 1 } : {} } as Example;
    });
    const packed = packAll(rowsX, features, undefined, undefined, names);
    expect(packed[0].idx[packed[0].idx.length - 1]).toBe(1 << features.bits);
    expect(packed[1].idx.every((b) => b < 1 << features.bits)).toBe(true);
    const w = train(rowsX, packed, { features, epochs: 3, learningRate: 0.3, l2: 1e-6, seed: 1, sourceWeight: () => 1, extraNames: names });
    const ew = extraWeights(w, features.bits, names);
    expect(ew[0][0]).toBeGreaterThan(1);
    const m: ModelData = { header: { format: 'charcha-linear-2', version: 'test-2', heads: [...HEADS], features, calibration: {}, dense: denseWeights(w, features.bits), extra: { names, weights: ew }, meta: {} }, weights: w };
    const clf = classifierFromBytes(encodeModel(m));
    expect(clf.extraFeatures).toEqual(names);
    expect(clf.predict('comment number 3 about the day', { 'lex:insult': 1 }).offensive).toBeGreaterThan(0.8);
    expect(clf.predict('comment number 3 about the day').offensive).toBeLessThan(0.6);
    // A format-2 header without its features is refused rather than scored wrongly.
    const { extra: _dropped, ...bare } = m.header;
    expect(() => decodeModel(encodeModel({ ...m, header: bare }))).toThrow(/extra/);
  });
});
