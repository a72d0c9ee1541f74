// The one error type: an HTTP status, a stable code and a cause, rendered as application/problem+json in app.ts.

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(detail, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.headers = options?.headers ?? {};
  }
  readonly headers: Record<string, string>;
}

const titles: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

export interface Problem { type: string; title: string; status: number; code: string; detail: string }

export function problem(status: number, code: string, detail: string): Problem {
  return { type: `https://charcha.dev/problems/${code}`, title: titles[status] ?? 'Error', status, code, detail };
}

export const badRequest = (code: string, detail: string) => new AppError(400, code, detail);
export const unauthorized = (detail = 'Sign in first.') => new AppError(401, 'unauthorized', detail);
export const forbidden = (code: string, detail: string) => new AppError(403, code, detail);
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found.`);
export const conflict = (code: string, detail: string) => new AppError(409, code, detail);
