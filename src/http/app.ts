// Builds the Fastify app: plugins, hooks (CORS, auth, rate limits), the OpenAPI document and the one error handler.
import ajvCompiler from '@fastify/ajv-compiler';
import cookie from '@fastify/cookie';
import http from 'node:http';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { documentRoute, OPENAPI_URL } from './openapiDocs';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { registerAuth } from './auth';
import { registerCors } from './cors';
import type { AppDeps } from './deps';
import { AppError } from '../domain/errors';
import { problem } from './problem';
import { routes } from './routes/index';
import { ProblemSchema } from './schemas';
import { inspectInput, MAX_JSON_DEPTH, unsafeNumberPath } from './inputShape';
import { registerWriteLimits } from './rateLimitHook';
import { registerSecurityHeaders } from './securityHeaders';

export const BODY_LIMIT = 65_536;

function send(reply: FastifyReply, status: number, code: string, detail: string, headers: Record<string, string> = {}) {
  // nosniff here too: Fastify's early refusals (a broken URL) answer before any hook has run.
  return reply.code(status).headers({ ...headers, 'x-content-type-options': 'nosniff' }).type('application/problem+json').send(JSON.stringify(problem(status, code, detail)));
}

/** Names the field a schema violation is about, e.g. `body.email` or `querystring.sort`. */
function validationDetail(err: FastifyError): string {
  const first = err.validation?.[0] as { instancePath?: string; params?: Record<string, unknown>; message?: string } | undefined;
  const where = err.validationContext ?? 'body';
  const missing = first?.params?.missingProperty ?? first?.params?.additionalProperty;
  const field = [where, ...(first?.instancePath ?? '').split('/').filter(Boolean), ...(missing ? [String(missing)] : [])].join('.');
  // A union of literals (sort, reason, …) fails once per literal; say which values would do instead of "must be equal to constant".
  const allowed = (err.validation ?? [])
    .filter((e) => e.keyword === 'const' && e.instancePath === first?.instancePath)
    .map((e) => JSON.stringify((e.params as { allowedValue?: unknown }).allowedValue));
  if (first && (first as { keyword?: string }).keyword === 'const' && allowed.length > 1) return `${field}: must be one of ${allowed.join(', ')}`;
  return `${field}: ${first?.message ?? 'is invalid'}`;
}

const fastifyCodes: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_content_length'],
};

/** Fastify's own early refusals (a URL that is not valid percent-encoding) get the same problem+json shape as ours. */
const frameworkErrors = (err: FastifyError, req: FastifyRequest, reply: FastifyReply) =>
  send(reply, 400, err.code === 'FST_ERR_BAD_URL' ? 'invalid_url' : 'bad_request', err.code === 'FST_ERR_BAD_URL' ? 'The URL is not valid percent-encoded UTF-8.' : err.message);

/** A request Node's HTTP parser rejects (bad framing, bad Content-Length) never reaches Fastify: answer it as problem+json too, then close. */
function clientErrorHandler(err: NodeJS.ErrnoException, socket: import('node:net').Socket) {
  // A reset connection is already gone; there is no one to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (!socket.writable) return socket.destroy();
  const [status, code, detail] = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'request_timeout', 'The request took too long to arrive.']
    : err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'headers_too_large', 'The request headers are too large.']
      : [400, 'bad_request', 'The request could not be parsed as HTTP.'];
  const body = JSON.stringify(problem(status, code, detail));
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nX-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

const AJV_OPTIONS = { removeAdditional: true, coerceTypes: 'array', allErrors: false } as const;
const buildAjv = ajvCompiler();

/**
 * Query strings and path parameters arrive as text, so they are coerced ("10" → 10); a JSON body is not:
 * `{"body": 123}` or `{"body": ["x"]}` is a schema violation, not a comment reading "123".
 */
function buildValidator(externalSchemas: unknown, serverOptions: { customOptions?: object }) {
  const coercing = buildAjv(externalSchemas as never, serverOptions as never);
  const strict = buildAjv(externalSchemas as never, { ...serverOptions, customOptions: { ...serverOptions.customOptions, coerceTypes: false } } as never);
  return (route: { httpPart?: string }) => finiteNumbers((route.httpPart === 'body' ? strict : coercing)(route as never));
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

/**
 * Ajv coerces `?limit=Infinity` (or `1e999`) to Infinity and then skips minimum/maximum for it, as for any
 * non-finite number; so every validated part is also refused when it holds a number no bound can hold.
 */
function finiteNumbers(validate: Validate): Validate {
  const checked: Validate = (data) => {
    if (!validate(data)) {
      checked.errors = validate.errors;
      return false;
    }
    const at = unsafeNumberPath(data);
    checked.errors = at === null ? null : [{ keyword: 'finite', instancePath: at, schemaPath: '#', params: {}, message: `must be a finite number within ±${Number.MAX_SAFE_INTEGER}` }];
    return at === null;
  };
  return checked;
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) return send(reply, err.status, err.code, err.detail, err.headers);
  if (err.validation) return send(reply, 400, 'validation_failed', validationDetail(err));
  const known = err.code ? fastifyCodes[err.code] : undefined;
  if (known) return send(reply, known[0], known[1], known[1] === 'invalid_json' ? `The body is not valid JSON: ${err.message}` : err.message);
  if (err instanceof SyntaxError && err.statusCode === 400) return send(reply, 400, 'invalid_json', `The body is not valid JSON: ${err.message}`);
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) return send(reply, status, 'bad_request', err.message);
  req.log.error({ err }, 'unhandled error');
  return send(reply, 500, 'internal', 'Something went wrong on our side; it has been logged.');
}

/** CHARCHA_TRUST_PROXY → Fastify's trustProxy: without it every client behind a proxy shares the proxy's IP (and rate limit). */
export function trustProxy(value: string | null): boolean | string {
  if (!value) return false;
  return value === 'true' ? true : value;
}

/**
 * A client must send its whole request within `ms` (Node's default is no limit at all, so a trickled body held a
 * socket for minutes). Node checks its timers every connectionsCheckingInterval (default 30 s), so that is tightened
 * too, or a 15 s limit would act after up to 45 s.
 */
export function requestTimeouts(ms: number) {
  if (!(ms > 0)) return {};
  return {
    requestTimeout: ms,
    http: { requestTimeout: ms, headersTimeout: Math.min(ms, 60_000), connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(ms / 4))) },
  };
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    trustProxy: trustProxy(deps.config.trustProxy ?? null),
    bodyLimit: BODY_LIMIT,
    logger: { level: deps.config.logLevel },
    // On shutdown: refuse new requests with 503 and cut idle keep-alive sockets so close() does not wait for clients.
    return503OnClosing: true,
    forceCloseConnections: true,
    ajv: { customOptions: AJV_OPTIONS },
    schemaController: { compilersFactory: { buildValidator: buildValidator as never } },
    frameworkErrors,
    clientErrorHandler,
    ...requestTimeouts(deps.config.requestTimeoutMs),
  });
  registerSecurityHeaders(app, deps.config);
  // Clients get one error shape: thrown errors and unknown routes go through the same renderer.
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => send(reply, 404, 'not_found', `No route ${req.method} ${req.url.split('?')[0]}.`));
  app.addSchema(ProblemSchema);

  await app.register(cookie);
  // Before swagger collects the routes: every operation's summary, description and resource tag (openapiDocs.ts).
  app.addHook('onRoute', documentRoute);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Charcha API', version: '1', description: 'Reader opinions with offline moderation. Errors are application/problem+json.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, cookie: { type: 'apiKey', in: 'cookie', name: 'charcha_session' } } },
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  // The docs page loads the document from the one URL the README names (swagger-ui's `urls` wins over its own ./json).
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true,
    // swagger-ui sets inline style attributes as it renders: with only hashes in style-src, Chromium logs a CSP error for
    // each. The page shows only our own document, so inline styles are allowed there (a hash beside 'unsafe-inline' would void it).
    transformStaticCSP: (h: string) => h.replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';"),
    uiConfig: { urls: [{ url: OPENAPI_URL, name: 'Charcha API' }] } });
  app.get(OPENAPI_URL, { schema: { hide: true } }, async () => app.swagger());

  registerCors(app, deps);
  registerAuth(app, deps);
  registerWriteLimits(app, deps);

  // PostgreSQL refuses NUL in text and both engines would silently replace a lone surrogate; refuse them here instead.
  // Nesting is bounded first, so no later walk over the body (ours, Ajv's, a use case's) can run out of stack.
  app.addHook('preValidation', async (req) => {
    for (const [where, value] of [['params', req.params], ['querystring', req.query], ['body', req.body]] as const) {
      const found = inspectInput(value);
      if (found?.kind === 'too_deep') throw new AppError(400, 'json_too_deep', `The ${where} is nested deeper than ${MAX_JSON_DEPTH} levels.`);
      if (found) throw new AppError(400, 'invalid_characters', `${where}.${found.at} contains a NUL character or a broken UTF-16 sequence.`);
    }
  });

  for (const plugin of routes) await app.register(plugin, deps as never);
  return app;
}
