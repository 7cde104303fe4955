import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import type { SigningKey } from './keys';

export interface TokenSubject {
  tenantId: string;
  issuer: string;
  audience: string;
  app: { clientId: string; name: string };
  /** Absent for app-only tokens. */
  user?: { id: string; upn: string; displayName: string };
  roles?: string[];
  scopes?: string[];
  lifetimeSeconds: number;
  now: Date;
}

/** Mints an Entra-shaped access token: `idtyp` tells app from user, `roles` or `scp` carry permissions. */
export async function mintAccessToken(key: SigningKey, subject: TokenSubject): Promise<string> {
  const { user, app } = subject;
  const issuedAt = Math.floor(subject.now.getTime() / 1000);
  const claims: Record<string, unknown> = {
    tid: subject.tenantId,
    appid: app.clientId,
    azp: app.clientId,
    app_displayname: app.name,
    idtyp: user ? 'user' : 'app',
    oid: user?.id ?? app.clientId,
    uti: randomUUID().replace(/-/g, ''),
    ver: '2.0',
  };
  if (user) Object.assign(claims, { upn: user.upn, preferred_username: user.upn, name: user.displayName });
  if (subject.roles?.length) claims.roles = subject.roles;
  if (subject.scopes?.length) claims.scp = subject.scopes.join(' ');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .setIssuer(subject.issuer)
    .setAudience(subject.audience)
    .setSubject(user?.id ?? app.clientId)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt - 300)
    .setExpirationTime(issuedAt + subject.lifetimeSeconds)
    .sign(key.privateKey);
}
