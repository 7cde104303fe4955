import { defineList } from './list-schema';

// Every generic list also has SharePoint's built-in Title column, which is required: the talent adapters fill
// it with the row's key so that the list stays readable in SharePoint's own UI.

/**
 * One row per endorsement. SharePoint itself enforces "one per endorser, person and skill" through the unique
 * EndorsementKey (see `endorsementKey`), so two concurrent requests cannot both succeed (the second gets 409).
 */
export const endorsementsList = defineList({
  displayName: 'Samen Endorsements',
  description: 'Talentfinder: colleagues endorsing each other’s skills. Written by the Samen service.',
  columns: [
    {
      name: 'EndorsementKey',
      text: { maxLength: 255 },
      required: true,
      indexed: true,
      enforceUniqueValues: true,
    },
    // Indexed for "endorsements of a person" and "endorsements by an endorser" ($filter on fields/...).
    { name: 'PersonId', text: { maxLength: 64 }, required: true, indexed: true },
    { name: 'EndorserId', text: { maxLength: 64 }, required: true, indexed: true },
    { name: 'SkillId', text: { maxLength: 100 }, required: true },
    { name: 'SkillLabel', text: { maxLength: 255 }, required: true },
    // Our own column rather than the built-in Created, so the time comes from core's Clock port.
    { name: 'EndorsedAt', dateTime: { format: 'dateTime' }, required: true },
  ],
});

/** One row per person who set what only Samen knows about their expertise. */
export const expertiseSettingsList = defineList({
  displayName: 'Samen Expertise Settings',
  description: 'Talentfinder: each person’s opt-ins (open to questions) and the languages they speak.',
  columns: [
    { name: 'UserId', text: { maxLength: 64 }, required: true, indexed: true, enforceUniqueValues: true },
    { name: 'OpenToQuestions', boolean: {} },
    // BCP 47 tags separated by commas, e.g. "nl,en".
    { name: 'Languages', text: { maxLength: 255 } },
  ],
});

export const talentLists = [endorsementsList, expertiseSettingsList] as const;

const KEY_SEPARATOR = '|';

/**
 * The value of EndorsementKey: `endorser|person|skill`, lower-cased (SharePoint compares unique values
 * case-insensitively). @throws RangeError when a part contains the separator, which would make keys ambiguous.
 */
export function endorsementKey(endorserId: string, personId: string, skillId: string): string {
  const parts = [endorserId, personId, skillId];
  if (parts.some((part) => part.length === 0 || part.includes(KEY_SEPARATOR)))
    throw new RangeError(`Endorsement key parts must be non-empty and free of '${KEY_SEPARATOR}'.`);
  return parts.map((part) => part.toLowerCase()).join(KEY_SEPARATOR);
}
