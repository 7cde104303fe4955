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

/** A recorded request without the site and the list's test tag: `DELETE /lists/Posts/items/7`. */
export const shape = (request: string) =>
  request.replace(/\/sites\/[^/]+\/lists\/Samen ([^/]+) [0-9a-f]{8}\//, '/lists/$1/');

/** A fault rule's route for requests to one list (the path may arrive with its spaces encoded). */
export const routeOf = (method: string, list: ListSchema, tail: string) =>
  `^${method} .*${list.displayName.replace(/ /g, '(?: |%20)')}/items${tail}`;
