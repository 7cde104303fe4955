// The design's alternative: a first page of Latest read straight from the lists through Graph, as a client without
// Samen's read model would (an SPFx web part reading SharePoint): the newest posts, then every like and comment
// of those posts (counts, and whether the reader liked each), then the authors' presence.
import { commentsList, likesList, postsList } from '@samen/graph';
import { measure } from '../measure';
import type { GraphHttp } from '../tenant/graph-http';
import { itemsPath } from './seeder';
import type { BaselineScenario } from './shared';

const PAGE_SIZE = 20;
/** SharePoint's largest page: all likes of 20 posts fit in one. */
const ALL = 5000;

type Items = { value: Array<{ id: string; fields: Record<string, unknown> }> };
type BatchReply = { responses: Array<{ id: string; status: number; body?: unknown }> };

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const anyOf = (column: string, values: readonly string[]) =>
  encodeURIComponent(values.map((v) => `fields/${column} eq ${quote(v)}`).join(' or '));

interface Urls {
  posts: string;
  likes: (postIds: readonly string[]) => string;
  comments: (postIds: readonly string[]) => string;
}

function urls(siteId: string): Urls {
  const posts = itemsPath(siteId, postsList.displayName);
  const likes = itemsPath(siteId, likesList.displayName);
  const comments = itemsPath(siteId, commentsList.displayName);
  return {
    // CreatedAt is indexed, so SharePoint orders by it on a list of any size.
    posts: `${posts}?$expand=fields&$orderby=${encodeURIComponent('fields/CreatedAt desc')}&$top=${PAGE_SIZE}`,
    likes: (ids) =>
      `${likes}?$expand=fields($select=TargetKind,TargetId,UserId)&$filter=${anyOf('TargetId', ids)}&$top=${ALL}`,
    comments: (ids) =>
      `${comments}?$expand=fields($select=PostId)&$filter=${anyOf('PostId', ids)}&$top=${ALL}`,
  };
}

const presenceRequest = (authorIds: readonly string[]) => ({
  method: 'POST',
  url: '/communications/getPresencesByUserId',
  headers: { 'Content-Type': 'application/json' },
  body: { ids: [...new Set(authorIds)] },
});

async function newestPosts(http: GraphHttp, u: Urls): Promise<{ ids: string[]; authors: string[] }> {
  const page = await http.json<Items>('GET', u.posts);
  if (page.value.length === 0) throw new Error('the posts list answered an empty page');
  return { ids: page.value.map((p) => p.id), authors: page.value.map((p) => String(p.fields.AuthorId)) };
}

/** Two round trips: the posts, then one `$batch` of likes, comments (each one `or` filter) and presence. */
async function batchedPage(http: GraphHttp, u: Urls): Promise<void> {
  const { ids, authors } = await newestPosts(http, u);
  const requests = [
    { id: 'likes', method: 'GET', url: u.likes(ids) },
    { id: 'comments', method: 'GET', url: u.comments(ids) },
    { id: 'presence', ...presenceRequest(authors) },
  ];
  const reply = await http.json<BatchReply>('POST', '/$batch', { requests });
  const failed = reply.responses.find((r) => r.status !== 200);
  if (failed)
    throw new Error(
      `${failed.id} in the $batch: ${failed.status} ${JSON.stringify(failed.body).slice(0, 200)}`,
    );
}

/** What a client not thinking of round trips writes: per post its likes and its comments, all at once. */
async function perPostPage(http: GraphHttp, u: Urls): Promise<void> {
  const { ids, authors } = await newestPosts(http, u);
  await Promise.all([
    ...ids.flatMap((id) => [http.send('GET', u.likes([id])), http.send('GET', u.comments([id]))]),
    http.send('POST', '/communications/getPresencesByUserId', { ids: [...new Set(authors)] }),
  ]);
}

export async function baselineScenarios(
  http: GraphHttp,
  siteId: string,
  limits: { pages: number; maxSeconds: number },
): Promise<BaselineScenario[]> {
  const u = urls(siteId);
  const options = {
    count: limits.pages,
    concurrency: 1,
    maxDurationMs: limits.maxSeconds * 1000,
    warmUp: { count: 5, maxDurationMs: 5_000 },
  };
  const batched = await measure(() => batchedPage(http, u), options);
  const perPost = await measure(() => perPostPage(http, u), options);
  const check = (label: string, errors: number, samples: string[]) => {
    if (errors > 0) throw new Error(`baseline '${label}': ${errors} pages failed: ${samples.join('; ')}`);
  };
  check('batched', batched.errors, batched.errorSamples);
  check('per post', perPost.errors, perPost.errorSamples);
  return [
    {
      label: 'lists, batched',
      how: 'GET posts ($orderby CreatedAt desc, $top 20); then 1 $batch: likes and comments of the 20 (or-filters), presence',
      latency: batched.latencyMs,
      measured: batched.completed,
      requestsPerPage: 2,
      roundTrips: 2,
      subRequestsPerPage: 3,
    },
    {
      label: 'lists, per post',
      how: 'GET posts; then at once: likes and comments per post (40 GETs), presence',
      latency: perPost.latencyMs,
      measured: perPost.completed,
      requestsPerPage: 2 + 2 * PAGE_SIZE,
      roundTrips: 2,
      subRequestsPerPage: 0,
    },
  ];
}
