import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../store/database';
import { getMeta, setMeta } from '../store/database';

export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export interface AppRegistration {
  name: string;
  clientId: string;
  /** Absent for public clients (SPFx, the Teams tab), which sign users in without a secret. */
  clientSecret?: string;
  /** Application permissions on Microsoft Graph (granted with admin consent). */
  roles: string[];
  /** Delegated permissions: Graph scope names, or `api://<clientId>/<scope>` for Samen's own API. */
  delegatedScopes: string[];
  /** Set for an app that exposes an API (`api://<clientId>`). */
  exposesApi: boolean;
}

// Least privilege as listed in graph-facts.md; Sites.Manage.All only because provisioning creates lists;
// GroupMember.Read.All (with User.Read.All) for checkMemberGroups: who moderates is a group's membership.
const SERVICE_ROLES = [
  'User.Read.All',
  'Presence.Read.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'GroupMember.Read.All',
];
const GRAPH_DELEGATED = [
  'User.Read',
  'User.ReadWrite',
  'User.ReadBasic.All',
  'Presence.Read.All',
  'Sites.ReadWrite.All',
];
// Only tests and tools use this one: it writes users, presence and group memberships like an administrator would.
const ADMIN_ROLES = [
  'User.ReadWrite.All',
  'Presence.ReadWrite.All',
  'Sites.FullControl.All',
  'GroupMember.ReadWrite.All',
];

/** What each app is granted: the code's, so a data directory made before a permission was added gets it too. */
const GRANTS: Record<string, Pick<AppRegistration, 'roles' | 'delegatedScopes'>> = {
  'samen-service': { roles: SERVICE_ROLES, delegatedScopes: GRAPH_DELEGATED },
  'samen-admin': { roles: ADMIN_ROLES, delegatedScopes: [] },
};

function createApps(): AppRegistration[] {
  const serviceId = randomUUID();
  const secret = () => randomBytes(24).toString('base64url');
  return [
    {
      name: 'samen-service',
      clientId: serviceId,
      clientSecret: secret(),
      roles: SERVICE_ROLES,
      delegatedScopes: GRAPH_DELEGATED,
      exposesApi: true,
    },
    {
      name: 'samen-web',
      clientId: randomUUID(),
      roles: [],
      delegatedScopes: [...GRAPH_DELEGATED, 'Presence.ReadWrite', `api://${serviceId}/access_as_user`],
      exposesApi: false,
    },
    {
      name: 'samen-admin',
      clientId: randomUUID(),
      clientSecret: secret(),
      roles: ADMIN_ROLES,
      delegatedScopes: [],
      exposesApi: false,
    },
  ];
}

/**
 * App registrations are made once per data directory and kept, like Entra's (ids, secrets); their Graph
 * permissions are the ones this code grants, as an administrator consents again after an app asks for more.
 */
export function loadOrCreateApps(db: Db): AppRegistration[] {
  const stored = getMeta(db, 'apps');
  if (stored)
    return (JSON.parse(stored) as AppRegistration[]).map((app) => ({ ...app, ...GRANTS[app.name] }));
  const apps = createApps();
  setMeta(db, 'apps', JSON.stringify(apps));
  return apps;
}
