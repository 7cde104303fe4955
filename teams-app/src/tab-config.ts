/**
 * How this tab signs in, read once from its own URL at the composition root (main.tsx). The Teams manifest's
 * contentUrl carries the production settings (manifest/, filled by `gulp package`); the local portal links to
 * the tab with `auth=dev`. Nothing below main.tsx knows which one it got.
 */
export type TabConfig =
  | {
      readonly auth: 'naa';
      /** The service's Entra app (client) id: the tab's own MSAL client, as webApplicationInfo names it. */
      readonly clientId: string;
      /** The service's API scope, e.g. `api://samen.contoso.com/<client id>/access_as_user`. */
      readonly scope: string;
      readonly serviceUrl: string;
    }
  | { readonly auth: 'dev'; readonly userId: string | undefined; readonly serviceUrl: string };

/** A tab URL that says too little to sign in with; the message is for developers (logged, not shown). */
export class TabConfigError extends Error {
  override readonly name = 'TabConfigError';
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `?clientId=…&scope=…[&service=…]` (production) or `?auth=dev[&as=<user id>]` (the local portal). */
export function readTabConfig(search: string): TabConfig {
  const params = new URLSearchParams(search);
  // '' is the tab's own origin: the service serves the tab, as the portal does locally (it passes /api/* on).
  const serviceUrl = params.get('service') ?? '';
  if (serviceUrl !== '' && !/^https?:\/\//.test(serviceUrl))
    throw new TabConfigError(`service must be an http(s) URL, not '${serviceUrl}'.`);
  if (params.get('auth') === 'dev') return { auth: 'dev', userId: params.get('as') ?? undefined, serviceUrl };
  const clientId = params.get('clientId') ?? '';
  const scope = params.get('scope') ?? '';
  if (!GUID.test(clientId))
    throw new TabConfigError(`clientId must be an Entra app id (a GUID), not '${clientId}'.`);
  if (!scope.startsWith('api://')) throw new TabConfigError(`scope must be an api:// scope, not '${scope}'.`);
  return { auth: 'naa', clientId, scope, serviceUrl };
}
