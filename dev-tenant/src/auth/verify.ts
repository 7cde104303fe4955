import { createLocalJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { GRAPH_APP_ID, GRAPH_RESOURCE, type AppRegistration } from './apps';
import type { SigningKey } from './keys';
import type { Caller } from '../http/types';

export interface VerifiedToken extends Caller {
  audience: string;
}

/** Why a token was refused, in the words Graph uses in its 401 `InvalidAuthenticationToken` answers. */
export class TokenRejected extends Error {}

export class AccessTokenVerifier {
  private readonly jwks;

  constructor(
    private readonly issuer: string,
    key: SigningKey,
    private readonly apps: AppRegistration[],
    private readonly now: () => Date,
  ) {
    this.jwks = createLocalJWKSet({ keys: [key.publicJwk] });
  }

  /** Checks signature, issuer, lifetime and audience the way Entra-protected APIs do. */
  async verify(token: string, audience: string | string[]): Promise<VerifiedToken> {
    if (!token) throw new TokenRejected('Access token is empty.');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, {
        issuer: this.issuer,
        algorithms: ['RS256'],
        currentDate: this.now(),
      }));
    } catch (error) {
      throw new TokenRejected(describe(error));
    }
    const accepted = Array.isArray(audience) ? audience : [audience];
    const tokenAudience = typeof payload.aud === 'string' ? payload.aud : '';
    if (!accepted.includes(tokenAudience))
      throw new TokenRejected('Access token validation failure. Invalid audience.');
    return this.toCaller(payload, tokenAudience);
  }

  verifyForGraph(token: string): Promise<VerifiedToken> {
    return this.verify(token, [GRAPH_RESOURCE, GRAPH_APP_ID]);
  }

  private toCaller(payload: JWTPayload, audience: string): VerifiedToken {
    const appId = String(payload.appid ?? payload.azp ?? '');
    const app = this.apps.find((a) => a.clientId === appId);
    if (!app)
      throw new TokenRejected(
        'Access token validation failure. The application is not registered in this tenant.',
      );
    const isUser = payload.idtyp === 'user';
    const permissions = isUser
      ? String(payload.scp ?? '')
          .split(' ')
          .filter(Boolean)
      : Array.isArray(payload.roles)
        ? payload.roles.map(String)
        : [];
    return {
      kind: isUser ? 'user' : 'app',
      appId,
      appName: app.name,
      userId: isUser ? String(payload.oid) : undefined,
      permissions,
      audience,
    };
  }
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Lifetime validation failed, the token is expired.';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
    return 'Lifetime validation failed, the token is not yet valid.';
  }
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iss') {
    return 'Access token validation failure. Invalid issuer.';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return 'Access token validation failure. Invalid signature.';
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return 'IDX14100: JWT is not well formed. The token needs to be in JWS or JWE Compact Serialization Format.';
  }
  return 'Access token validation failure.';
}
