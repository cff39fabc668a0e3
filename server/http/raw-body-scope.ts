import type { FastifyInstance } from 'fastify';

/**
 * Webhook signatures are computed over the exact bytes sent, so routes registered in this scope
 * receive the body as a Buffer, unparsed. Kept to its own plugin scope so every other route
 * still gets parsed JSON.
 */
export function acceptRawBodies(scope: FastifyInstance, contentTypes: string[]): void {
  scope.removeAllContentTypeParsers();
  for (const type of contentTypes) {
    scope.addContentTypeParser(type, { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
  }
}
