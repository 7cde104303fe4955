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

// The Feed.
export { FeedApp } from './feed/FeedApp';
export type { FeedAppProps } from './feed/FeedApp';
export type { FeedDefaults, FeedHost, FeedScope } from './feed/host';
export type {
  Because,
  CallOptions as FeedCallOptions,
  CommentThread,
  DocumentLink,
  FeedAuthor,
  FeedComment,
  FeedPage,
  FeedPost,
  FeedPresence,
  FeedQuery,
  FeedReader,
  FeedService,
  FeedTopic,
  FeedView,
  Following,
  FollowTarget,
  Hidden,
  LikeState,
  ModerationAction,
  ModerationRecord,
  NewPost,
  PersonSuggestion,
  PostChange,
  PostKind,
} from './feed/feed-service';
export { FeedProblem, FeedServiceError, isFeedServiceError } from './feed/feed-service-error';
export { HttpFeedService } from './feed/http/http-feed-service';
export type { HttpFeedServiceOptions } from './feed/http/http-feed-service';
export { feedStrings } from './feed/strings';
export type { FeedStrings } from './feed/strings';
export { registerFeedIcons } from './icons';
