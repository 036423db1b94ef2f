/**
 * Who is asking, and may they? A bearer token names a person and a role
 * (core/config.ts lists them: editors, readers, and INGEST_TOKEN as the
 * editor `ingest`). Reading is open from this machine and, per READ_ACCESS,
 * to others with a token; editing and ingest always need an editor's token.
 * The person becomes the author of the curation entries they make.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { AccessToken, AppConfig, Role } from '../../core/config.js';
import { errors } from '../../core/errors.js';

export interface Principal {
  name: string;
  role: Role;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Whether `presented` equals `expected`, in constant time whatever the length or content of the guess. */
export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The token in `Authorization: Bearer …`, if any. */
function presentedToken(req: Request): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
}

/** The configured token equal to `presented`: every one is compared, so timing tells nothing of which. */
function findToken(tokens: readonly AccessToken[], presented: string): AccessToken | undefined {
  let found: AccessToken | undefined;
  for (const t of tokens) if (tokensMatch(presented, t.token) && !found) found = t;
  return found;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** Whether a peer address is this machine. */
export function isLoopback(address: string | undefined): boolean {
  return LOOPBACK.test(address ?? '');
}

const PRINCIPAL = 'principal';
const UNKNOWN_TOKEN = 'unknownToken';

/** The person a previous guard recognised, or null for an anonymous reader. */
export function principalOf(res: Response): Principal | null {
  return (res.locals[PRINCIPAL] as Principal | undefined) ?? null;
}

/**
 * Recognises the token on every API request. No token, or one that matches
 * nobody, is an anonymous reader, allowed per READ_ACCESS; the routes that
 * need an editor say why they refuse.
 */
export function identify(access: AppConfig['access']): RequestHandler {
  return (req, res, next) => {
    const presented = presentedToken(req);
    const token = presented ? findToken(access.tokens, presented) : undefined;
    if (token) {
      res.locals[PRINCIPAL] = { name: token.name, role: token.role } satisfies Principal;
      next();
      return;
    }
    if (presented) res.locals[UNKNOWN_TOKEN] = true;
    if (access.reads === 'open' || (access.reads === 'loopback' && isLoopback(req.socket.remoteAddress))) {
      next();
      return;
    }
    res.set('WWW-Authenticate', 'Bearer');
    next(
      errors.unauthorized(
        `Reading ${access.reads === 'token' ? '' : 'from another machine '}needs a reader or editor token: "Authorization: Bearer <token>".`,
      ),
    );
  };
}

/** Whether the server has editors at all: without them, nothing can change the graph over HTTP. */
export function hasEditors(access: AppConfig['access']): boolean {
  return access.tokens.some((t) => t.role === 'editor');
}

/** Ingest over HTTP needs an editor to send the articles. */
export const ingestEnabled = (config: Pick<AppConfig, 'access'>) => hasEditors(config.access);

/** Routes that change the graph: an editor's token, on a server that has editors at all. */
export function requireEditor(access: AppConfig['access'], what: string): RequestHandler {
  const editors = hasEditors(access);
  return (_req, res, next) => {
    if (!editors) {
      next(errors.disabled(`${what} is disabled: start the server with EDITOR_TOKENS (or INGEST_TOKEN) set.`));
      return;
    }
    const who = principalOf(res);
    if (!who) {
      res.set('WWW-Authenticate', 'Bearer');
      next(
        errors.unauthorized(
          res.locals[UNKNOWN_TOKEN]
            ? `${what}: the bearer token matches no editor of this server.`
            : `${what} needs an editor's token: "Authorization: Bearer <token>".`,
        ),
      );
      return;
    }
    if (who.role !== 'editor') {
      next(errors.forbidden(`${who.name} is a reader: ${what.toLowerCase()} needs an editor's token.`));
      return;
    }
    next();
  };
}
