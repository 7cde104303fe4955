import type { Actor } from '../actor';
import type { Clock } from '../clock';
import { documentCards, postTopics, readBody, readTitle, type BodyDeps } from './body';
import { InvalidFeedInputError, NotAuthorError, PostNotFoundError } from './errors';
import type { Post, PostKind } from './model';
import { mentionEvents } from './notify';
import type { DocumentLinks, FeedNotifications, Posts, Versioned } from './ports';
import { only, withFreshVersion } from './versions';

export interface PostDeps extends BodyDeps {
  readonly posts: Posts;
  readonly clock: Clock;
  readonly notifications: FeedNotifications;
  readonly documents?: DocumentLinks;
}

export interface NewPostInput {
  readonly kind: PostKind;
  readonly title?: string;
  readonly bodyHtml: string;
  readonly topics?: readonly string[];
  readonly eventId?: string;
}

const MAX_EVENT_ID_LENGTH = 64;

function readEventId(kind: PostKind, eventId: unknown): string | undefined {
  if (kind !== 'liveblog') {
    if (eventId !== undefined) throw new InvalidFeedInputError('eventId', 'not-allowed');
    return undefined;
  }
  if (typeof eventId !== 'string' || eventId.trim() === '')
    throw new InvalidFeedInputError('eventId', 'required');
  if (eventId.length > MAX_EVENT_ID_LENGTH)
    throw new InvalidFeedInputError('eventId', 'too-long', MAX_EVENT_ID_LENGTH);
  return eventId;
}

/** The actor posts: sanitised, within limits, with topics (typed or #written) and the colleagues mentioned told. */
export async function createPost(deps: PostDeps, actor: Actor, input: NewPostInput): Promise<Post> {
  const title = readTitle(input.kind, input.title);
  const eventId = readEventId(input.kind, input.eventId);
  const body = await readBody(deps, input.bodyHtml, input.kind);
  const post = await deps.posts.create({
    kind: input.kind,
    ...(title === undefined ? {} : { title }),
    bodyHtml: body.html,
    authorId: actor.userId,
    topics: postTopics(input.topics, body),
    mentions: body.mentions,
    links: await documentCards(deps.documents, body),
    ...(eventId === undefined ? {} : { eventId }),
    createdAt: deps.clock.now(),
  });
  await deps.notifications.notify(
    mentionEvents(actor, post.mentions, { kind: 'post', id: post.id }, post.id),
  );
  return post;
}

export interface PostEdit {
  readonly title?: string;
  readonly bodyHtml?: string;
  readonly topics?: readonly string[];
}

/** The author changes their post; people newly mentioned are told. Moderators hide posts, they do not edit them. */
export async function editPost(deps: PostDeps, actor: Actor, postId: string, edit: PostEdit): Promise<Post> {
  const { before, after } = await withFreshVersion(
    () => authoredPost(deps.posts, actor, postId),
    async (current) => {
      const changes = await editedPost(deps, current.value, edit);
      const outcome = await deps.posts.update(postId, changes, current.etag);
      return { outcome, result: { before: current.value, after: { ...current.value, ...changes } } };
    },
    () => new PostNotFoundError(postId),
  );
  const newly = after.mentions.filter((id) => !before.mentions.includes(id));
  await deps.notifications.notify(mentionEvents(actor, newly, { kind: 'post', id: postId }, postId));
  return after;
}

async function editedPost(deps: PostDeps, post: Post, edit: PostEdit) {
  const body = await readBody(deps, edit.bodyHtml ?? post.bodyHtml, post.kind);
  const title = edit.title === undefined ? post.title : readTitle(post.kind, edit.title);
  return {
    ...(title === undefined ? {} : { title }),
    bodyHtml: body.html,
    topics: postTopics(edit.topics ?? post.topics.map((t) => t.label), body),
    mentions: body.mentions,
    links: edit.bodyHtml === undefined ? post.links : await documentCards(deps.documents, body),
    editedAt: deps.clock.now(),
  };
}

/** The author deletes their post, with its comments and likes. */
export async function deletePost(deps: Pick<PostDeps, 'posts'>, actor: Actor, postId: string): Promise<void> {
  await withFreshVersion(
    () => authoredPost(deps.posts, actor, postId),
    (current) => only(deps.posts.remove(postId, current.etag)),
    () => new PostNotFoundError(postId),
  );
}

async function authoredPost(posts: Posts, actor: Actor, postId: string): Promise<Versioned<Post>> {
  const current = await posts.get(postId);
  if (!current) throw new PostNotFoundError(postId);
  if (current.value.authorId !== actor.userId) throw new NotAuthorError(postId);
  return current;
}
