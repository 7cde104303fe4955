import {
  TenantDocumentLinks,
  type Clock,
  type FeedNotifications,
  type GroupMembership,
  type Moderators,
} from '@samen/core';
import {
  GraphComments,
  GraphFeedSource,
  GraphFollows,
  GraphGroupMembership,
  GraphLikes,
  GraphModerationLog,
  GraphPosts,
  GraphReports,
  isGroupMembershipUnavailable,
  type GraphClient,
} from '@samen/graph';
import type { TalentRuntime } from '../talent/talent-runtime';
import { FeedRuntime } from './feed-runtime';
import { FeedHtmlSanitiser } from './html-sanitiser';

/**
 * Moderators are the members of one Microsoft 365 group. Without a configured group nobody moderates (and the
 * service says so at start); when Graph cannot answer, nobody is a moderator for that request: a refusal, never
 * a moderation nobody was entitled to.
 */
export function groupModerators(
  membership: GroupMembership,
  groupId: string | undefined,
  log: (message: string, error?: unknown) => void,
): Moderators {
  if (!groupId) {
    log('feed: no moderators group configured (SAMEN_MODERATORS_GROUP_ID): nobody can hide or restore posts');
    return { isModerator: async () => false };
  }
  return {
    isModerator: async (userId) => {
      try {
        return (await membership.memberOf(userId, [groupId])).size > 0;
      } catch (error) {
        if (isGroupMembershipUnavailable(error)) {
          log(`feed: moderators group unreadable for ${userId}; not a moderator for now`, error);
          return false;
        }
        throw error;
      }
    },
  };
}

/**
 * The tenant's own hosts, whose links are not external: the hub site's host (a Graph site id starts with it) and
 * its OneDrive twin (contoso.sharepoint.com → contoso-my.sharepoint.com).
 */
export function tenantHosts(hubSiteId: string): string[] {
  const host = hubSiteId.split(',')[0] ?? '';
  const oneDrive = host.replace(/^([^.]+)\.sharepoint\.com$/i, '$1-my.sharepoint.com');
  return [...new Set([host, oneDrive].filter((h) => h !== ''))];
}

// Mentions and replies are where notifications will be sent from (the bot's proactive messages); until that is
// built the events are not delivered, and the port's contract (never throw) holds trivially.
const UNDELIVERED: FeedNotifications = { notify: async () => undefined };

export interface FeedComposition {
  readonly client: GraphClient;
  readonly hubSiteId: string;
  readonly moderatorsGroupId: string | undefined;
  readonly talent: TalentRuntime;
  readonly clock: Clock;
  readonly log: (message: string, error?: unknown) => void;
}

/** The feed over the hub site's lists, the directory the Talentfinder keeps, and the moderators group. */
export function feedRuntime(c: FeedComposition): FeedRuntime {
  const location = { siteId: c.hubSiteId, log: (message: string) => c.log(message) };
  return new FeedRuntime({
    stores: {
      posts: new GraphPosts(c.client, location),
      comments: new GraphComments(c.client, location),
      likes: new GraphLikes(c.client, location),
      follows: new GraphFollows(c.client, location),
      reports: new GraphReports(c.client, location),
      log: new GraphModerationLog(c.client, location),
      source: new GraphFeedSource(c.client, location),
    },
    moderators: groupModerators(new GraphGroupMembership(c.client), c.moderatorsGroupId, c.log),
    directory: () => c.talent.directory,
    presence: c.talent.presence,
    sanitiser: new FeedHtmlSanitiser({ internalHosts: tenantHosts(c.hubSiteId) }),
    documents: new TenantDocumentLinks(tenantHosts(c.hubSiteId)),
    notifications: UNDELIVERED,
    clock: c.clock,
    log: c.log,
  });
}
