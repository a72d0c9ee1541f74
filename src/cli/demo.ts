// `charcha demo` (what `npm start` runs): the server with the demo news site, on SQLite in ./data by default.
import { bootstrapAdmin } from './bootstrapAdmin';
import type { GrievanceOfficer } from '../domain/grievance';
import { serve } from './serve';

/** A made-up officer, so the demo's comments are open; a real deployment sets its own (settings or CHARCHA_GRIEVANCE_OFFICER_*). */
export const DEMO_OFFICER: GrievanceOfficer = {
  name: 'Demo Grievance Officer', email: 'grievance@charcha.local', phone: null,
  address: 'Charcha Demo News, 1 Example Marg, New Delhi 110001, India',
};

export async function run(_args: string[]): Promise<number | void> {
  const server = await serve('demo', { grievanceOfficer: DEMO_OFFICER });
  process.stdout.write(`  demo site:  ${server.url}/\n  API docs:   ${server.url}/api/docs\n`);
  await bootstrapAdmin(server, { demo: true });
  await new Promise<never>(() => {});
}
