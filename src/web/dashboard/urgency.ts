// The breach board's colour and countdown for a grievance, from the server's escalation level and time left.

/** The API's level of the running clock (0, 50, 80 % used, or breached; null once decided) as a colour class. */
export type Urgency = 'breached' | 'amber' | 'yellow' | 'ok' | 'done';

export function urgencyOf(level: 0 | 50 | 80 | 'breached' | null): Urgency {
  return level === null ? 'done' : level === 'breached' ? 'breached' : level === 80 ? 'amber' : level === 50 ? 'yellow' : 'ok';
}

/** "2 h 05 m left", "overdue by 1 d 3 h": the time to the running deadline, coarse enough to read at a glance. */
export function timeLeft(ms: number): string {
  const abs = Math.abs(ms);
  const m = Math.floor(abs / 60_000);
  const d = Math.floor(m / 1440), h = Math.floor((m % 1440) / 60), mm = m % 60;
  const text = d > 0 ? `${d} d ${h} h` : h > 0 ? `${h} h ${String(mm).padStart(2, '0')} m` : `${mm} m`;
  return ms >= 0 ? `${text} left` : `overdue by ${text}`;
}
