// Seeds the feed's lists through Graph `$batch` (20 creates a request, a few in flight), with the adapters' own
// row builders: the service's item delta then reads them as rows it wrote itself.
import { randomUUID } from 'node:crypto';
import {
  commentsList,
  followFields,
  followsList,
  likeFields,
  likesList,
  newCommentFields,
  newPostFields,
  postsList,
} from '@samen/graph';
import type { GraphHttp } from '../tenant/graph-http';
import { postTime, seedComments, seedFollows, seedLikers, seedPost, type SeedPeople } from './seed-data';

const BATCH_SIZE = 20;
const IN_FLIGHT = 4;

export interface Row {
  readonly list: string;
  readonly fields: Record<string, unknown>;
}

export interface SeedCounts {
  posts: number;
  likes: number;
  comments: number;
  follows: number;
}

export const itemsPath = (siteId: string, list: string) =>
  `/sites/${siteId}/lists/${encodeURIComponent(list)}/items`;

type BatchReply = {
  responses: Array<{ id: string; status: number; body?: { id?: string; error?: { message?: string } } }>;
};

/** Creates `rows` in `$batch`es and answers their item ids, in order. */
export async function createRows(http: GraphHttp, siteId: string, rows: readonly Row[]): Promise<string[]> {
  const ids: string[] = new Array<string>(rows.length);
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const start = next;
      next += BATCH_SIZE;
      const chunk = rows.slice(start, start + BATCH_SIZE);
      const requests = chunk.map((row, i) => ({
        id: String(i),
        method: 'POST',
        url: itemsPath(siteId, row.list),
        headers: { 'Content-Type': 'application/json' },
        body: { fields: row.fields },
      }));
      const reply = await http.json<BatchReply>('POST', '/$batch', { requests });
      for (const response of reply.responses) {
        const itemId = response.body?.id;
        if (response.status !== 201 || itemId === undefined)
          throw new Error(
            `a create in a $batch failed: ${response.status} ${response.body?.error?.message ?? ''}`,
          );
        ids[start + Number(response.id)] = itemId;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return ids;
}

/** Posts `from`…`to - 1` (index 0 is the newest), then their likes and comments; follows with the first stage only. */
export async function seedFeed(
  http: GraphHttp,
  siteId: string,
  people: SeedPeople,
  seedNow: Date,
  range: { from: number; to: number },
): Promise<SeedCounts> {
  // Oldest first, as people write them: item delta delivers in creation order, and the read model's sorted lists
  // are built for posts that arrive newest last. (A later stage's posts are older history, created after.)
  const indexes = Array.from({ length: range.to - range.from }, (_, i) => range.to - 1 - i);
  const postRows = indexes.map((n) => ({
    list: postsList.displayName,
    fields: newPostFields(seedPost(people, seedNow, n), randomUUID()),
  }));
  const postIds = await createRows(http, siteId, postRows);
  const reactions: Row[] = indexes.flatMap((n, i) => {
    const postId = postIds[i] ?? '';
    const at = new Date(postTime(seedNow, n).getTime() + 5_000);
    const likes = seedLikers(people, n).map((userId) => ({
      list: likesList.displayName,
      fields: likeFields({ target: { kind: 'post', id: postId }, userId, at }),
    }));
    const comments = seedComments(people, n, postId, postTime(seedNow, n)).map((comment) => ({
      list: commentsList.displayName,
      fields: newCommentFields(comment, randomUUID()),
    }));
    return [...likes, ...comments];
  });
  const follows =
    range.from === 0
      ? seedFollows(people, seedNow).map((f) => ({ list: followsList.displayName, fields: followFields(f) }))
      : [];
  await createRows(http, siteId, [...reactions, ...follows]);
  const count = (list: string) => reactions.filter((r) => r.list === list).length;
  return {
    posts: postRows.length,
    likes: count(likesList.displayName),
    comments: count(commentsList.displayName),
    follows: follows.length,
  };
}
