import { GraphError } from '../../http/graph-error';
import type { DirectoryResource } from '../directory/directory-query';

/**
 * Returned by GET /groups, /groups/{id} and in memberOf when no $select is given: the properties group-list.md's
 * first example shows for every group (the group resource's "returned by default" set).
 */
export const DEFAULT_GROUP_PROPERTIES = [
  'id',
  'deletedDateTime',
  'classification',
  'createdDateTime',
  'description',
  'displayName',
  'expirationDateTime',
  'groupTypes',
  'isAssignableToRole',
  'mail',
  'mailEnabled',
  'mailNickname',
  'membershipRule',
  'membershipRuleProcessingState',
  'onPremisesLastSyncDateTime',
  'onPremisesSecurityIdentifier',
  'onPremisesSyncEnabled',
  'preferredDataLocation',
  'preferredLanguage',
  'proxyAddresses',
  'renewedDateTime',
  'resourceBehaviorOptions',
  'resourceProvisioningOptions',
  'securityEnabled',
  'theme',
  'visibility',
  'onPremisesProvisioningErrors',
] as const;

const COLLECTION_PROPERTIES = new Set([
  'groupTypes',
  'proxyAddresses',
  'resourceBehaviorOptions',
  'resourceProvisioningOptions',
  'onPremisesProvisioningErrors',
]);

const SELECTABLE = new Set<string>(DEFAULT_GROUP_PROPERTIES);

/** What `$filter` may name on groups here (Graph allows more; these are what Samen and the tests use). */
export const GROUPS: DirectoryResource = {
  name: 'Group',
  table: 'groups',
  filterable: {
    id: 'string',
    displayName: 'string',
    description: 'string',
    mail: 'string',
    mailNickname: 'string',
    mailEnabled: 'boolean',
    securityEnabled: 'boolean',
    visibility: 'string',
    createdDateTime: 'datetime',
    groupTypes: 'collection',
    proxyAddresses: 'collection',
  },
  simpleOrderBy: ['displayName'],
};

export type GroupDoc = Record<string, unknown> & {
  id: string;
  displayName: string;
  mailNickname: string;
};

export function checkGroupSelectable(select: readonly string[]): void {
  const unknown = select.find((name) => !SELECTABLE.has(name));
  if (unknown !== undefined) {
    throw new GraphError(
      400,
      'Request_BadRequest',
      `Could not find a property named '${unknown}' on type 'Microsoft.DirectoryServices.Group'.`,
    );
  }
}

/** Shapes a stored group for the wire: only the asked-for properties, unset ones as null or []. */
export function projectGroup(doc: GroupDoc, select: readonly string[] | undefined): Record<string, unknown> {
  const names = select && select.length > 0 ? select : DEFAULT_GROUP_PROPERTIES;
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const value = doc[name];
    out[name] = value === undefined ? (COLLECTION_PROPERTIES.has(name) ? [] : null) : value;
  }
  return out;
}
