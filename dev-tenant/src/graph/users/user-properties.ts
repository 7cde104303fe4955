import { GraphError } from '../../http/graph-error';

/** Returned by GET /users and /users/{id} when no $select is given (graph-facts.md). */
export const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'id',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
] as const;

/** Directory properties: selectable on collections and single users, filterable where Graph allows. */
export const DIRECTORY_PROPERTIES = new Set<string>([
  ...DEFAULT_USER_PROPERTIES,
  'accountEnabled',
  'city',
  'companyName',
  'country',
  'createdDateTime',
  'department',
  'employeeId',
  'mailNickname',
  'postalCode',
  'state',
  'streetAddress',
  'usageLocation',
  'userType',
  'employeeHireDate',
]);

/**
 * Profile properties live in SharePoint's user profile service: only a single-user GET with $select returns them,
 * the collection answers 501, and only the user themself may change them (graph-facts.md).
 */
export const PROFILE_PROPERTIES = new Set<string>([
  'aboutMe',
  'birthday',
  'hireDate',
  'interests',
  'mySite',
  'pastProjects',
  'preferredName',
  'responsibilities',
  'schools',
  'skills',
]);

export const COLLECTION_PROPERTIES = new Set([
  'businessPhones',
  'interests',
  'pastProjects',
  'responsibilities',
  'schools',
  'skills',
]);

/** Property types for $filter translation; profile properties are deliberately absent (not filterable). */
export const FILTERABLE_TYPES: Record<string, 'string' | 'boolean' | 'datetime' | 'collection' | 'guid'> = {
  accountEnabled: 'boolean',
  businessPhones: 'collection',
  city: 'string',
  companyName: 'string',
  country: 'string',
  createdDateTime: 'datetime',
  department: 'string',
  displayName: 'string',
  employeeId: 'string',
  employeeHireDate: 'datetime',
  givenName: 'string',
  id: 'string',
  jobTitle: 'string',
  mail: 'string',
  mailNickname: 'string',
  mobilePhone: 'string',
  officeLocation: 'string',
  postalCode: 'string',
  preferredLanguage: 'string',
  state: 'string',
  surname: 'string',
  usageLocation: 'string',
  userPrincipalName: 'string',
  userType: 'string',
};

export type UserDoc = Record<string, unknown> & {
  id: string;
  userPrincipalName: string;
  displayName: string;
};

export function checkSelectable(select: string[], single: boolean): void {
  for (const name of select) {
    if (PROFILE_PROPERTIES.has(name)) {
      if (!single) {
        throw new GraphError(
          501,
          'NotImplemented',
          `The property '${name}' does not support reading a collection; request it for a single user.`,
        );
      }
      continue;
    }
    if (!DIRECTORY_PROPERTIES.has(name) && name !== 'manager') {
      throw new GraphError(
        400,
        'Request_BadRequest',
        `Could not find a property named '${name}' on type 'Microsoft.DirectoryServices.User'.`,
      );
    }
  }
}

/** Shapes a stored user for the wire: only the asked-for properties, unset ones as null or []. */
export function projectUser(doc: UserDoc, select: readonly string[] | undefined): Record<string, unknown> {
  const names = select && select.length > 0 ? select : DEFAULT_USER_PROPERTIES;
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const value = doc[name];
    out[name] = value === undefined ? (COLLECTION_PROPERTIES.has(name) ? [] : null) : value;
  }
  return out;
}
