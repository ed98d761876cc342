import type { FastifyError, FastifyInstance } from 'fastify';
import { isVigilError } from '../core/errors.ts';

/** The body of every error response. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/**
 * The one place errors become HTTP: a VigilError keeps its status, code and message; Fastify's own
 * client errors (bad JSON, too large) keep theirs; anything else is a 500 whose details go to the log
 * only.
 */
export function registerErrorHandler(app: FastifyInstance, log: (line: string) => void): void {
  app.setErrorHandler((err: FastifyError | Error, request, reply) => {
    if (isVigilError(err)) {
      if (err.status === 429 && 'retryAfterMs' in err)
        void reply.header('retry-after', String(Math.ceil(Number(err.retryAfterMs) / 1000)));
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.message } } satisfies ErrorBody);
    }
    const status = 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 400 && status < 500)
      return reply
        .status(status)
        .send({ error: { code: 'bad_request', message: err.message } } satisfies ErrorBody);
    log(`${request.method} ${request.routeOptions.url ?? ''}: ${err.stack ?? err.message}`);
    return reply.status(500).send({
      error: { code: 'internal', message: 'The server failed; the error is in its log.' },
    } satisfies ErrorBody);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: 'not_found',
        message: `No such endpoint: ${request.method} ${request.url.split('?')[0]}`,
      },
    } satisfies ErrorBody),
  );
}
