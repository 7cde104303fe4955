export { TalentfinderApp } from './talentfinder/TalentfinderApp';
export type { TalentfinderAppProps } from './talentfinder/TalentfinderApp';
export type { TalentfinderDefaults, TalentfinderHost } from './talentfinder/host';
export type {
  CallOptions,
  EndorsementCount,
  ExpertiseChange,
  MyExpertise,
  Presence,
  SkillSuggestion,
  TalentQuery,
  TalentResult,
  TalentSearchPage,
  TalentService,
} from './talentfinder/talent-service';
export { isTalentServiceError, TalentProblem, TalentServiceError } from './talentfinder/talent-service-error';
export { HttpTalentService } from './talentfinder/http/http-talent-service';
export type { HttpTalentServiceOptions } from './talentfinder/http/http-talent-service';
export { talentfinderStrings } from './talentfinder/strings';
export { registerTalentfinderIcons } from './icons';
export type { TalentfinderStrings } from './talentfinder/strings';
