// The public monthly transparency report: /transparency (HTML) and /transparency.csv (compliance.md F15).
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { transparencyReport } from '../../actions/transparencyReport';
import { istMonthOf, isMonth, NOT_AVAILABLE, toCsv, type ReportRow } from '../../compliance/transparency';
import { badRequest } from '../../domain/errors';
import type { AppDeps } from '../deps';

const Query = Type.Object({ month: Type.Optional(Type.String({ maxLength: 7 })) });

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The last complete IST month by default: a report is published for a month that is over. */
function pickMonth(month: string | undefined, now: Date): string {
  if (month === undefined) {
    const [y, m] = istMonthOf(now).split('-').map(Number);
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  }
  if (!isMonth(month)) throw badRequest('invalid_month', 'month must be YYYY-MM.');
  return month;
}

const NOTES: Record<string, string> = {
  removals: 'Comments removed in the month: by the moderation engine (automatic rejections) and by staff (rejections and hides), by label or policy category. A comment with two labels counts under each.',
  appeals: 'Authors\' appeals against a moderation decision: received, and decided (restored or upheld).',
  grievances: 'Complaints to the grievance officer by category, and whether the acknowledgement (24 h) and disposal clocks were met (IT Rules 2021, Rule 3(2)).',
  orders: 'Takedown orders received and complied with. Confidential orders are counted here only in aggregate (a practice, not a settled legal duty: compliance.md marks it [U]). Complied and in time count the orders received this month: in time is within the order\'s clock.',
};

function page(month: string, rows: ReportRow[], months: string[]): string {
  const sections = [...new Set(rows.map((r) => r.section))];
  const table = (section: string) => [
    `<h2>${esc(section[0].toUpperCase() + section.slice(1))}</h2>`,
    NOTES[section] ? `<p>${esc(NOTES[section])}</p>` : '',
    '<table><thead><tr><th>Measure</th><th>Category</th><th>Value</th></tr></thead><tbody>',
    ...rows.filter((r) => r.section === section).map((r) =>
      `<tr><td>${esc(r.metric.replace(/_/g, ' '))}</td><td>${esc(r.category)}</td><td${r.value === NOT_AVAILABLE ? ' class="na"' : ''}>${esc(r.value)}</td></tr>`),
    '</tbody></table>',
  ].join('\n');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Transparency report ${esc(month)}</title>`,
    '<style>body{font-family:sans-serif;max-width:50em;margin:1em auto;padding:0 1em;line-height:1.5}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left}.na{color:#888}</style>',
    '</head><body>',
    `<h1>Transparency report: ${esc(month)}</h1>`,
    '<p>Months are calendar months in Indian Standard Time (UTC+05:30). Times are hours.</p>',
    `<p><a href="/transparency.csv?month=${esc(month)}">Download as CSV</a></p>`,
    ...sections.map(table),
    '<h2>Other months</h2><ul>',
    ...months.map((m) => `<li><a href="/transparency?month=${esc(m)}">${esc(m)}</a></li>`),
    '</ul></body></html>',
  ].join('\n');
}

export const transparencyRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const report = (month: string) => transparencyReport({ store: deps.store, now: deps.now, siteId: deps.siteId }, month);

  app.get<{ Querystring: Static<typeof Query> }>('/transparency.csv', { schema: { hide: true, querystring: Query } }, async (req, reply) => {
    const month = pickMonth(req.query.month, deps.now());
    reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="transparency-${month}.csv"`);
    return toCsv(month, await report(month));
  });

  app.get<{ Querystring: Static<typeof Query> }>('/transparency', { schema: { hide: true, querystring: Query } }, async (req, reply) => {
    const now = deps.now();
    const month = pickMonth(req.query.month, now);
    const months: string[] = [];
    for (let i = 1, [y, m] = istMonthOf(now).split('-').map(Number); i <= 12; i++) {
      m -= 1;
      if (m === 0) { m = 12; y -= 1; }
      months.push(`${y}-${String(m).padStart(2, '0')}`);
    }
    reply.type('text/html; charset=utf-8');
    return page(month, await report(month), months);
  });
};
