// The one error type: an HTTP status, a stable code and a cause. Actions and stores throw it; http/problem.ts renders it.

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

export const badRequest = (code: string, detail: string) => new AppError(400, code, detail);
export const unauthorized = (detail = 'Sign in first.') => new AppError(401, 'unauthorized', detail);
export const forbidden = (code: string, detail: string) => new AppError(403, code, detail);
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found.`);
export const conflict = (code: string, detail: string) => new AppError(409, code, detail);
