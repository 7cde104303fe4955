import { z } from 'zod';

const text = (max: number) => z.string().max(max);
const nullableText = (max: number) => text(max).nullable();

const directoryFields = {
  displayName: text(256).min(1),
  givenName: nullableText(64),
  surname: nullableText(64),
  jobTitle: nullableText(128),
  department: nullableText(64),
  officeLocation: nullableText(128),
  mobilePhone: nullableText(64),
  businessPhones: z.array(text(64)).max(1),
  preferredLanguage: nullableText(16),
  city: nullableText(128),
  country: nullableText(128),
  usageLocation: z.string().length(2).nullable(),
  employeeId: nullableText(16),
  companyName: nullableText(64),
  mail: z.email().nullable(),
  accountEnabled: z.boolean(),
  employeeHireDate: z.iso.datetime().nullable(),
};

const passwordProfile = z.strictObject({
  password: z.string().min(8).max(256),
  forceChangePasswordNextSignIn: z.boolean().optional(),
  forceChangePasswordNextSignInWithMfa: z.boolean().optional(),
});

/** POST /users: the four required properties plus the directory properties Samen's seeding and tests use. */
export const createUserSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(directoryFields).map(([k, v]) => [k, v.optional()])),
  accountEnabled: z.boolean(),
  displayName: text(256).min(1),
  mailNickname: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1 to 64 letters, digits, dots, dashes or underscores'),
  userPrincipalName: z.string().regex(/^[^@\s]+@[^@\s]+$/, 'must look like alias@domain'),
  passwordProfile,
});

export const updateDirectorySchema = z
  .strictObject({
    ...directoryFields,
    mailNickname: createUserSchema.shape.mailNickname,
    userPrincipalName: createUserSchema.shape.userPrincipalName,
    passwordProfile,
  })
  .partial();

const stringList = z.array(text(255)).max(250);

/** Profile properties (SharePoint user profile): written only by the user themself. */
export const updateProfileSchema = z
  .strictObject({
    aboutMe: nullableText(4000),
    birthday: z.iso.datetime(),
    hireDate: z.iso.datetime(),
    interests: stringList,
    mySite: nullableText(1024),
    pastProjects: stringList,
    preferredName: nullableText(256),
    responsibilities: stringList,
    schools: stringList,
    skills: stringList,
  })
  .partial();
