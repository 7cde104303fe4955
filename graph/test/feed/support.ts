import { randomUUID } from 'node:crypto';
import {
  feedLists,
  GraphComments,
  GraphFollows,
  GraphLikes,
  GraphModerationLog,
  GraphPosts,
  GraphReports,
  provisionLists,
  type FeedListSchemas,
  type ListSchema,
} from '../../src';
import { appToken, rawGraph, type TestTenant } from '../../../test-support/tenant';
import { recordingServiceClient, uniquelyNamed, type BeforeRequest } from '../provisioning/support';

export { recordingServiceClient };

/** The feed's lists under names no other test file uses, provisioned on the hub site. */
export async function provisionedFeedLists(t: TestTenant): Promise<FeedListSchemas> {
  const [posts, comments, likes, follows, reports, moderation] = uniquelyNamed(feedLists);
  const lists = { posts, comments, likes, follows, reports, moderation } as FeedListSchemas;
  const report = await provisionLists(recordingServiceClient(t).client, t.hubSite.id, Object.values(lists));
  if (report.problems.length > 0) throw new Error(JSON.stringify(report.problems));
  return lists;
}

/** Every feed store over one recording client: `requests` are the round trips that really went out. */
export function feedStores(t: TestTenant, lists: FeedListSchemas, before?: BeforeRequest) {
  const { client, requests } = recordingServiceClient(t, before);
  const logged: string[] = [];
  const location = { siteId: t.hubSite.id, lists, log: (m: string) => logged.push(m) };
  return {
    client,
    requests,
    logged,
    posts: new GraphPosts(client, location),
    comments: new GraphComments(client, location),
    likes: new GraphLikes(client, location),
    follows: new GraphFollows(client, location),
    reports: new GraphReports(client, location),
    log: new GraphModerationLog(client, location),
  };
}

/** What an administrator (or SharePoint's own UI) does to a list, bypassing the adapters. */
export async function adminItems(t: TestTenant, list: ListSchema, method: string, path = '', body?: unknown) {
  return rawGraph(t, `/sites/${t.hubSite.id}/lists/${encodeURIComponent(list.displayName)}/items${path}`, {
    method,
    token: await appToken(t),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export const someId = () => randomUUID();

/** `METHOD /sites/.../lists/<list>/items...` as the recorder writes it, without the site. */
export const shape = (request: string) =>
  request.replace(/\/sites\/[^/]+\/lists\/([^/]+)/, (_m, list: string) => `/lists/${list.split(' ')[1]}`);
