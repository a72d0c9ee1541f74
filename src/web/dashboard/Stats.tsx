// Stats screen: uPlot charts of volume, decision mix, labels, targets, languages and time to decision.
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import { api, type StatsView as StatsData } from './api';
import { dayLabel, dayTicks } from './dayAxis';

const COLORS: Record<string, string> = { approved: '#2f855a', review: '#b7791f', rejected: '#c53030', removed: '#6b46c1', withdrawn: '#a0aec0' };
const WIDTH = 520;
const HEIGHT = 220;

function Chart({ title, opts, data }: { title: string; opts: Omit<uPlot.Options, 'width' | 'height'>; data: uPlot.AlignedData }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    // As wide as the card allows, up to WIDTH: a phone gets a narrower chart rather than a sideways scroll.
    const width = Math.min(WIDTH, el.current.clientWidth || WIDTH);
    const plot = new uPlot({ width, height: HEIGHT, ...opts } as uPlot.Options, data, el.current);
    return () => plot.destroy();
  }, [data]);
  return <figure class="chart"><figcaption>{title}</figcaption><div ref={el} /></figure>;
}

function barChart(title: string, counts: Record<string, number>, color: string) {
  const names = Object.keys(counts).sort((a, b) => counts[b] - counts[a]);
  const data: uPlot.AlignedData = [names.map((_, i) => i), names.map((n) => counts[n])];
  const opts = {
    scales: { x: { time: false, range: [-0.5, Math.max(names.length, 1) - 0.5] as [number, number] } },
    axes: [{ values: (_u: uPlot, ticks: number[]) => ticks.map((t) => (Number.isInteger(t) ? names[t] ?? '' : '')) }, {}],
    series: [{}, { label: 'comments', fill: color, stroke: color, paths: uPlot.paths.bars!({ size: [0.6, 60] }), points: { show: false } }],
    legend: { show: false },
  };
  return names.length ? <Chart title={title} opts={opts} data={data} /> : <figure class="chart"><figcaption>{title}</figcaption><p class="muted">No data yet.</p></figure>;
}

export function Stats({ notify }: { notify: (m: string) => void }) {
  const [s, setS] = useState<StatsData | null>(null);
  const [days, setDays] = useState(14);
  useEffect(() => { api<StatsData>('GET', `/api/v1/admin/stats?days=${days}`).then(setS, (e) => notify(e.message)); }, [days]);
  if (!s) return <p>Loading…</p>;
  const xs = s.days.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
  // Day ticks counted back from today, so the last day is labelled; room on the right for that label.
  const time = {
    axes: [{ splits: () => dayTicks(xs), values: (_u: uPlot, ticks: number[]) => ticks.map(dayLabel) }, {}],
    padding: [null, 28, null, null] as uPlot.Padding,
  };
  const statuses = Object.keys(s.decisions).filter((k) => s.decisions[k].some((n) => n > 0));
  return (
    <section class="stats" aria-label="Statistics">
      <p>
        Last <select aria-label="Days" value={days} onChange={(e) => setDays(Number((e.target as HTMLSelectElement).value))}>{[7, 14, 30, 90].map((n) => <option key={n} value={n}>{n}</option>)}</select> days ·
        median time to a human decision <strong>{s.timeToDecision.medianMinutes ?? '–'} min</strong> (p90 {s.timeToDecision.p90Minutes ?? '–'} min, {s.timeToDecision.count} decisions) ·
        <span class="muted"> computed over {s.sample.comments} comments (at most 5,000) and the last {s.sample.auditEntries} log entries</span>
      </p>
      <div class="charts">
        <Chart title="Comments per day" data={[xs, s.volume]} opts={{ ...time, series: [{}, { label: 'comments', stroke: '#2b6cb0', fill: 'rgba(43,108,176,.15)', width: 2 }] }} />
        <Chart title="Decision mix per day (by current status)" data={[xs, ...statuses.map((k) => s.decisions[k])]}
          opts={{ ...time, series: [{}, ...statuses.map((k) => ({ label: k, stroke: COLORS[k] ?? '#333', width: 2 }))] }} />
        {barChart('Labels', s.labels, '#c05621')}
        {barChart('Targets', s.targets, '#805ad5')}
        {barChart('Languages', s.langs, '#2c7a7b')}
        <Chart title="Median minutes to a human decision, per day" data={[xs, s.timeToDecision.medianPerDay as number[]]}
          opts={{ ...time, series: [{}, { label: 'minutes', stroke: '#b83280', width: 2, spanGaps: true }] }} />
      </div>
    </section>
  );
}
