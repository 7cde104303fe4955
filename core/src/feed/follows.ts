import type { Actor } from '../actor';
import type { Clock } from '../clock';
import {
  DuplicateFollowError,
  FeedPersonNotFoundError,
  FollowNotFoundError,
  SelfFollowError,
} from './errors';
import { followKey, type Follow, type Followed } from './model';
import type { FeedPeople, Follows } from './ports';
import { readTopic } from './topics';

export interface FollowDeps {
  readonly follows: Follows;
  readonly people: FeedPeople;
  readonly clock: Clock;
}

/** What the actor asks to follow: a colleague by id, or a topic as typed ("#Glasvezel"). */
export type FollowRequest = { readonly person: string } | { readonly topic: string };

async function readFollowed(deps: FollowDeps, actor: Actor, request: FollowRequest): Promise<Followed> {
  if ('topic' in request) return { kind: 'topic', id: readTopic(request.topic).key };
  if (request.person === actor.userId) throw new SelfFollowError();
  const known = await deps.people.existing([request.person]);
  if (!known.has(request.person)) throw new FeedPersonNotFoundError(request.person);
  return { kind: 'person', id: request.person };
}

/** The actor follows a colleague or a topic: their posts come into "For you". Once each. */
export async function follow(deps: FollowDeps, actor: Actor, request: FollowRequest): Promise<Follow> {
  const followed = await readFollowed(deps, actor, request);
  const stored: Follow = { followerId: actor.userId, followed, at: deps.clock.now() };
  if ((await deps.follows.add(stored)) === 'duplicate')
    throw new DuplicateFollowError(followKey(actor.userId, followed));
  return stored;
}

/** The actor stops following; a colleague who left can still be unfollowed. Returns what was followed. */
export async function unfollow(
  deps: Pick<FollowDeps, 'follows'>,
  actor: Actor,
  request: FollowRequest,
): Promise<Followed> {
  const followed: Followed =
    'topic' in request
      ? { kind: 'topic', id: readTopic(request.topic).key }
      : { kind: 'person', id: request.person };
  if ((await deps.follows.remove(actor.userId, followed)) === 'not-found')
    throw new FollowNotFoundError(followKey(actor.userId, followed));
  return followed;
}
