// The logger background work writes to: pino's (obj, msg) shape, so the server passes app.log; console by default.

export interface WorkLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const consoleLog: WorkLog = {
  warn: (obj, msg) => console.warn(msg, obj),
  error: (obj, msg) => console.error(msg, obj),
};

/** A short, single-line reason for a failure, as kept on the row. */
export const reason = (err: unknown): string => (err instanceof Error ? err.message : String(err)) || 'failed';
