import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import type { CentralDatabase } from '../db/schema';
import { PipelineError } from '../pipeline/pipeline-error';

export type TokenRole = 'admin' | 'manager' | 'viewer';

const ROLE_RANK: Record<TokenRole, number> = { viewer: 1, manager: 2, admin: 3 };

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** Who is calling: resolved from a token whose hash we keep; refused below the needed role. */
export async function requireRole(
  db: Kysely<CentralDatabase>,
  request: FastifyRequest,
  needed: TokenRole,
): Promise<{ tokenId: string; name: string; role: TokenRole }> {
  const token = bearerToken(request);
  if (!token)
    throw new PipelineError('UNAUTHENTICATED', 'Send an API token: Authorization: Bearer <token>');
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'role'])
    .where('token_hash', '=', sha256Hex(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row)
    throw new PipelineError('UNAUTHENTICATED', 'That API token is not known or has been revoked');
  const role = row.role as TokenRole;
  if (ROLE_RANK[role] < ROLE_RANK[needed]) {
    throw new PipelineError(
      'PERMISSION_DENIED',
      `This needs a ${needed} token; ${row.name} is ${role}`,
    );
  }
  return { tokenId: row.id, name: row.name, role };
}
