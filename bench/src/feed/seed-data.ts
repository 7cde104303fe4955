// The feed's seed: a deterministic function of the post's index, so the tenant's lists (seeded in two stages,
// 10,000 then topped up to 100,000) and the in-process read model hold the same feed, and a second run the same.
import type { Follow, NewComment, NewPost, Topic } from '@samen/core';

export interface SeedPeople {
  readonly ids: readonly string[];
  /** The signed-in reader of every measured page. */
  readonly readerId: string;
}

/** Seconds between consecutive posts, going back in time: 10,000 posts span 3 days, 100,000 a month. */
const POST_SPACING_S = 25;
const TOPICS: readonly string[] = Array.from({ length: 40 }, (_, i) => `onderwerp${i + 1}`);
/** What the reader follows: a handful of people (by index into `ids`) and topics, as a new user would. */
export const READER_FOLLOWS = {
  people: [3, 17, 42, 99, 250],
  topics: ['onderwerp1', 'onderwerp7', 'onderwerp12'],
};
/** Others following people: the follow graph's size matters to the read model, not who exactly. */
const FOLLOWERS = 300;

const topic = (key: string): Topic => ({ key, label: key });
const personAt = (people: SeedPeople, n: number) => people.ids[n % people.ids.length] ?? people.readerId;

export function postTime(seedNow: Date, index: number): Date {
  // Whole seconds: SharePoint keeps dateTimes to the second, and the read model sorts by what it reads back.
  const ms = Math.floor(seedNow.getTime() / 1000) * 1000 - 60_000 - index * POST_SPACING_S * 1000;
  return new Date(ms);
}

/** Post `index`: two in five carry a topic (one in ten two), one in twenty mentions someone, one in 25 is a blog. */
export function seedPost(people: SeedPeople, seedNow: Date, index: number): NewPost {
  const topics = index % 5 < 2 ? [topic(TOPICS[(index * 31) % TOPICS.length] ?? 'onderwerp1')] : [];
  if (index % 10 === 0) topics.push(topic(TOPICS[(index * 7 + 3) % TOPICS.length] ?? 'onderwerp2'));
  const unique = [...new Map(topics.map((t) => [t.key, t])).values()];
  const mentions = index % 20 === 0 ? [personAt(people, index * 13 + 1)] : [];
  const blog = index % 25 === 0;
  const tags = unique.map((t) => ` #${t.label}`).join('');
  return {
    kind: blog ? 'blog' : 'status',
    ...(blog ? { title: `Blog ${index}` } : {}),
    bodyHtml: `<p>Update ${index} from the team: the work goes on.${tags}</p>`,
    authorId: personAt(people, index * 7919),
    topics: unique,
    mentions,
    links: [],
    createdAt: postTime(seedNow, index),
  };
}

/** Who likes post `index`: three in ten posts get 1–4 likes, and the reader likes one in seven of those. */
export function seedLikers(people: SeedPeople, index: number): string[] {
  if (index % 10 >= 3) return [];
  const likers = Array.from({ length: 1 + (index % 4) }, (_, k) => personAt(people, index * 17 + k * 101));
  if (index % 7 === 0) likers.push(people.readerId);
  return [...new Set(likers)];
}

/** Comments on post `index`: one in ten posts gets 1–3. */
export function seedComments(people: SeedPeople, index: number, postId: string, postAt: Date): NewComment[] {
  if (index % 10 !== 5) return [];
  return Array.from({ length: 1 + (index % 3) }, (_, k) => ({
    postId,
    authorId: personAt(people, index * 29 + k * 53),
    bodyHtml: `<p>Comment ${k + 1} on update ${index}.</p>`,
    mentions: [],
    createdAt: new Date(postAt.getTime() + (k + 1) * 1000),
  }));
}

/** The reader's follows, and three people followed by each of the first `FOLLOWERS` others. */
export function seedFollows(people: SeedPeople, seedNow: Date): Follow[] {
  const at = postTime(seedNow, 1_000_000);
  const reader: Follow[] = [
    ...READER_FOLLOWS.people.map((n) => ({
      followerId: people.readerId,
      followed: { kind: 'person' as const, id: personAt(people, n) },
      at,
    })),
    ...READER_FOLLOWS.topics.map((id) => ({
      followerId: people.readerId,
      followed: { kind: 'topic' as const, id },
      at,
    })),
  ];
  const others = people.ids
    .slice(0, FOLLOWERS)
    .filter((id) => id !== people.readerId)
    .flatMap((followerId, i) =>
      [1, 2, 3].map((k) => ({
        followerId,
        followed: { kind: 'person' as const, id: personAt(people, i * 37 + k * 211) },
        at,
      })),
    )
    .filter((f) => f.followed.id !== f.followerId);
  return [...reader, ...others];
}

/** The views measured: the reader's For you, Latest, a topic and a person the reader follows. */
export function measuredViews(people: SeedPeople) {
  return {
    topic: READER_FOLLOWS.topics[0] ?? 'onderwerp1',
    personId: personAt(people, READER_FOLLOWS.people[0] ?? 3),
  };
}
