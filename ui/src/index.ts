export type {
  Availability,
  CallOptions,
  EndorsementCount,
  ExpertiseChange,
  MyExpertise,
  Presence,
  SkillSuggestion,
  TalentLocale,
  TalentQuery,
  TalentResult,
  TalentSearchPage,
  TalentService,
} from './talentfinder/talent-service';
export { isTalentServiceError, TalentProblem, TalentServiceError } from './talentfinder/talent-service-error';
export { HttpTalentService } from './talentfinder/http/http-talent-service';
export type { HttpTalentServiceOptions } from './talentfinder/http/http-talent-service';
