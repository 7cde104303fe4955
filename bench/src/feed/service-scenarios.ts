// What the service costs with N posts in its lists: the feed projection's first round, the service's start, and
// delta rounds after another writer's rows. Graph requests are counted by the clients' own request hook.
import { randomUUID } from 'node:crypto';
import type { RunningService } from '@samen/bot';
import { FeedProjection, FeedReadModel } from '@samen/core';
import {
  commentsList,
  GraphFeedSource,
  likeFields,
  likesList,
  newCommentFields,
  newPostFields,
  postsList,
  type GraphClient,
} from '@samen/graph';
import type { GraphHttp } from '../tenant/graph-http';
import type { GraphCounter } from './graph-counter';
import type { BenchPeople } from './people';
import { createRows, type Row } from './seeder';
import type { DeltaRound, FirstRound } from './shared';

/** Heap in use after a full collection (twice: the first can leave what a finaliser released). */
export function heapUsed(): number {
  global.gc?.();
  global.gc?.();
  return process.memoryUsage().heapUsed;
}

const MiB = 2 ** 20;

/**
 * The first round exactly as the service composes it (GraphFeedSource → FeedProjection → FeedReadModel), on a
 * client of its own, so its requests and heap are the feed's alone (the service's start also builds the talent).
 */
export async function measureFirstRound(
  client: GraphClient,
  counter: GraphCounter,
  siteId: string,
  people: BenchPeople,
): Promise<FirstRound> {
  const before = heapUsed();
  const requests = counter.snapshot();
  const model = new FeedReadModel({ clock: { now: () => new Date() }, departmentOf: people.departmentOf });
  const source = new GraphFeedSource(client, { siteId });
  const projection = new FeedProjection({ source, model, log: (m) => console.error(`bench feed: ${m}`) });
  const start = performance.now();
  await projection.round();
  const ms = performance.now() - start;
  const graphRequests = counter.since(requests);
  // The source stays reachable until here: what it remembers of delivered likes and follows is the service's too.
  const heapMiB = (heapUsed() - before) / MiB;
  const postsInModel = model.postCount;
  void source;
  return { ms, graphRequests, heapMiB, postsInModel };
}

/** Rows another writer adds: `k` posts, two likes each on the newest of them, a comment on every second. */
function writerRows(people: BenchPeople, k: number, tag: string): Row[] {
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  return Array.from({ length: k }, (_, i) => ({
    list: postsList.displayName,
    fields: newPostFields(
      {
        kind: 'status',
        bodyHtml: `<p>Fresh ${tag} ${i}</p>`,
        authorId: people.ids[(i * 11) % people.ids.length] ?? people.readerId,
        topics: [],
        mentions: [],
        links: [],
        createdAt: now,
      },
      randomUUID(),
    ),
  }));
}

function reactionRows(people: BenchPeople, postIds: readonly string[]): Row[] {
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  return postIds.flatMap((postId, i) => [
    ...[7, 8]
      .map((k) => people.ids[(i * 13 + k) % people.ids.length] ?? people.readerId)
      .map((userId) => ({
        list: likesList.displayName,
        fields: likeFields({ target: { kind: 'post', id: postId }, userId, at: now }),
      })),
    ...(i % 2 === 0
      ? [
          {
            list: commentsList.displayName,
            fields: newCommentFields(
              { postId, authorId: people.readerId, bodyHtml: '<p>Nice.</p>', mentions: [], createdAt: now },
              randomUUID(),
            ),
          },
        ]
      : []),
  ]);
}

async function timedRound(running: RunningService, counter: GraphCounter, label: string, written: number) {
  const requests = counter.snapshot();
  const start = performance.now();
  await running.feed.projection.round();
  const ms = performance.now() - start;
  return {
    label,
    written,
    ms,
    graphRequests: counter.since(requests),
    postsInModel: running.feed.model.postCount,
  };
}

/** An idle round, one after `k` posts with their likes and comments by another writer, and an idle one again. */
export async function measureDeltaRounds(
  running: RunningService,
  counter: GraphCounter,
  writer: GraphHttp,
  siteId: string,
  people: BenchPeople,
  k: number,
): Promise<DeltaRound[]> {
  const rounds: DeltaRound[] = [await timedRound(running, counter, 'idle', 0)];
  const postIds = await createRows(writer, siteId, writerRows(people, k, `${Date.now()}`));
  const reactions = reactionRows(people, postIds);
  await createRows(writer, siteId, reactions);
  rounds.push(
    await timedRound(running, counter, `after ${k} posts + their likes and comments`, k + reactions.length),
  );
  rounds.push(await timedRound(running, counter, 'idle again', 0));
  return rounds;
}
