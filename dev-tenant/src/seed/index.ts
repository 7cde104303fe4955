// Public surface of the synthetic organisation used to seed the dev tenant.
export { generateOrganisation, DEFAULT_PEOPLE } from './generate';
export { MODERATOR_COUNT, MODERATORS_GROUP_NAME } from './groups';
export { simulatedPresence } from './presence-simulator';
export type { PresenceAvailability, PresenceActivity, SimulatedPresence } from './presence-simulator';
export type {
  ExpertiseFact,
  ExpertiseLevel,
  GroundTruth,
  Organisation,
  OrganisationOptions,
  SeedGroup,
  SeedGroups,
  SeedPerson,
  SkillDefinition,
  WorkPattern,
} from './types';
