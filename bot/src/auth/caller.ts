import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

/** The signed-in user making a request, as a validated token says; never taken from a request body. */
export interface Actor {
  userId: string;
  displayName: string;
  userPrincipalName: string;
}

export class Unauthenticated extends Error {
  constructor(readonly reason: 'missing' | 'invalid' | 'notAUser') {
    super(`unauthenticated: ${reason}`);
  }
}

export interface TokenValidator {
  actorFrom(authorization: string | undefined): Promise<Actor>;
}

/** The scope the web part, the tab and the portal request for this API (`api://<clientId>/access_as_user`). */
export const API_SCOPE = 'access_as_user';

/**
 * Validates bearer tokens for this API against the issuer's published keys (the dev tenant locally, Entra ID in
 * production): signature, issuer, audience, lifetime, and that a user delegated the API scope.
 */
export function jwksTokenValidator(options: {
  issuer: string;
  jwksUri: string;
  audience: string;
}): TokenValidator {
  const keys = createRemoteJWKSet(new URL(options.jwksUri));
  return {
    async actorFrom(authorization) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
      if (!token) throw new Unauthenticated('missing');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, { issuer: options.issuer, audience: options.audience }));
      } catch {
        throw new Unauthenticated('invalid');
      }
      return actorOf(payload);
    },
  };
}

function actorOf(payload: JWTPayload): Actor {
  const scopes = String(payload.scp ?? '').split(' ');
  if (payload.idtyp === 'app' || !payload.oid || !scopes.includes(API_SCOPE))
    throw new Unauthenticated('notAUser');
  return {
    userId: String(payload.oid),
    displayName: String(payload.name ?? ''),
    userPrincipalName: String(payload.preferred_username ?? payload.upn ?? ''),
  };
}
