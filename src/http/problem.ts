// Renders an error as application/problem+json (RFC 9457): the one shape every error answer has.

const titles: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

export interface Problem { type: string; title: string; status: number; code: string; detail: string }

export function problem(status: number, code: string, detail: string): Problem {
  return { type: `https://charcha.dev/problems/${code}`, title: titles[status] ?? 'Error', status, code, detail };
}

