// The Talentfinder's core: expertise search (text analysis, Samen's skill vocabulary, the index) and the use
// cases around it. Pure TypeScript: it runs in SPFx, the browser and Node.
export type { Locale } from './locale';
export { DEFAULT_LOCALE, LOCALES, negotiateLocale } from './locale';
export type { SkillCategory, SkillDefinition } from './skill-aliases';
export { SKILL_ALIASES } from './skill-aliases';
export type { ResolutionVia, SkillResolution, SkillSuggestion } from './skill-vocabulary';
export { SkillVocabulary } from './skill-vocabulary';
export { plainText } from './text/normalise';
export type {
  Contribution,
  ContributionEvidence,
  ContributionKind,
  ExpertiseProfile,
  ProfileField,
  SkillEndorsementCount,
} from './profile';
export type { MentionField, WhyPart } from './why';
export { explain } from './why';
export type {
  ExpertiseHit,
  ExpertiseIndex,
  ExpertiseQuery,
  ExpertiseResults,
  ExpertiseSearch,
  QueryInterpretation,
  RankedCandidate,
  RankedCandidates,
} from './expertise-index';
export type { OwnWordsExpertiseIndexOptions } from './own-words-expertise-index';
export type { FieldLengths } from './own-words/profile-words';
export { OwnWordsExpertiseIndex } from './own-words-expertise-index';
export type {
  Endorsement,
  Endorsements,
  OwnExpertiseChanges,
  OwnProfileWriter,
  People,
  Presence,
  PresenceSource,
} from './ports';
export type {
  ExpertResult,
  FindExpertsDependencies,
  FindExpertsRequest,
  FindExpertsResult,
  ValidatedExpertSearch,
} from './find-experts';
export {
  AVAILABLE_NOW,
  DEFAULT_PAGE_SIZE,
  MAX_FILTER_LENGTH,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  MIN_PAGE_SIZE,
  PRESENCE_BATCH_LIMIT,
  findExperts,
  validateExpertSearch,
} from './find-experts';
export type {
  EndorseDependencies,
  EndorseRequest,
  NormalisedSkill,
  WithdrawEndorsementDependencies,
} from './endorse';
export { MAX_SKILL_LENGTH, endorse, normaliseSkill, withdrawEndorsement } from './endorse';
export type { OwnExpertiseDependencies } from './own-expertise';
export { MAX_LANGUAGES, MAX_LANGUAGE_LENGTH, MAX_OWN_SKILLS, updateOwnExpertise } from './own-expertise';
export type { TalentErrorCode } from './errors';
export {
  DuplicateEndorsementError,
  EmptyQueryError,
  EndorsementNotFoundError,
  InvalidFilterError,
  InvalidPagingError,
  LanguageTooLongError,
  NothingToUpdateError,
  PersonNotFoundError,
  QueryTooLongError,
  SelfEndorsementError,
  SkillRequiredError,
  SkillTooLongError,
  TalentError,
  TooManyLanguagesError,
  TooManySkillsError,
  isTalentError,
} from './errors';
export { SharedPresenceSource } from './shared-presence';
