import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../http/transport';
import type { SigningKey } from './keys';
import { handleTokenRequest, type TokenEndpointDeps } from './token-endpoint';

export interface IssuerUrls {
  issuer: string;
  tokenEndpoint: string;
  jwksUri: string;
  discovery: string;
}

/** Entra ID's v2.0 endpoints for one tenant, under `<baseUrl>/<tenantId>/`. */
export function issuerUrls(baseUrl: string, tenantId: string): IssuerUrls {
  const root = `${baseUrl}/${tenantId}`;
  return {
    issuer: `${root}/v2.0`,
    tokenEndpoint: `${root}/oauth2/v2.0/token`,
    jwksUri: `${root}/discovery/v2.0/keys`,
    discovery: `${root}/v2.0/.well-known/openid-configuration`,
  };
}

function discoveryDocument(urls: IssuerUrls, baseUrl: string, tenantId: string) {
  return {
    token_endpoint: urls.tokenEndpoint,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    jwks_uri: urls.jwksUri,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: urls.issuer,
    request_uri_parameter_supported: false,
    tenant_region_scope: 'EU',
    authorization_endpoint: `${baseUrl}/${tenantId}/oauth2/v2.0/authorize`,
    grant_types_supported: ['client_credentials', 'password', 'urn:ietf:params:oauth:grant-type:jwt-bearer'],
    claims_supported: [
      'sub',
      'iss',
      'aud',
      'exp',
      'iat',
      'nbf',
      'oid',
      'tid',
      'name',
      'preferred_username',
      'upn',
      'roles',
      'scp',
    ],
  };
}

/** Serves discovery, JWKS and the token endpoint; answers false when the path is not one of them. */
export async function handleIssuer(
  deps: TokenEndpointDeps & { key: SigningKey; urls: IssuerUrls; baseUrl: string },
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const full = `${deps.baseUrl}${url.pathname}`;
  if (full === deps.urls.discovery && req.method === 'GET') {
    sendJson(res, 200, discoveryDocument(deps.urls, deps.baseUrl, deps.tenantId));
    return true;
  }
  if (full === deps.urls.jwksUri && req.method === 'GET') {
    sendJson(res, 200, { keys: [deps.key.publicJwk] });
    return true;
  }
  if (full === deps.urls.tokenEndpoint && req.method === 'POST') {
    const form = new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
    basicClientAuth(req.headers.authorization, form);
    const reply = await handleTokenRequest(deps, form);
    sendJson(res, reply.status, reply.body, { 'Cache-Control': 'no-store' });
    return true;
  }
  return false;
}

/** client_secret_basic: credentials in the Authorization header instead of the form. */
function basicClientAuth(authorization: string | undefined, form: URLSearchParams): void {
  const basic = /^Basic\s+(.+)$/i.exec(authorization ?? '')?.[1];
  if (!basic) return;
  const [id, secret] = Buffer.from(basic, 'base64').toString('utf8').split(':');
  if (id && !form.has('client_id')) form.set('client_id', decodeURIComponent(id));
  if (secret && !form.has('client_secret')) form.set('client_secret', decodeURIComponent(secret));
}
