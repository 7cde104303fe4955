import {
  addComment,
  createPost,
  deleteComment,
  deletePost,
  editComment,
  editPost,
  isFeedError,
  moderate,
  type Actor,
  type FeedErrorCode,
} from '../../src';
import { ana, bram, failureOf, feedWorld, mod, type FeedWorld } from './world';

// Who may do what: authors change and delete their own posts and comments; moderators hide and restore, and
// nothing more; nobody else does either. The acting user is a parameter, as the service takes it from the token.

async function withPostAndComment() {
  const world = feedWorld();
  const post = await createPost(world, ana, { kind: 'status', bodyHtml: '<p>Glasvezel in Zwolle</p>' });
  const comment = await addComment(world, ana, post.id, { bodyHtml: '<p>Eerste wijk is klaar</p>' });
  return { world, postId: post.id, commentId: comment.id };
}

type Attempt = (
  world: FeedWorld,
  actor: Actor,
  ids: { postId: string; commentId: string },
) => Promise<unknown>;

const attempts: Record<string, Attempt> = {
  'edit the post': (w, actor, { postId }) => editPost(w, actor, postId, { bodyHtml: '<p>Anders</p>' }),
  'delete the post': (w, actor, { postId }) => deletePost(w, actor, postId),
  'edit the comment': (w, actor, { commentId }) => editComment(w, actor, commentId, '<p>Anders</p>'),
  'delete the comment': (w, actor, { commentId }) => deleteComment(w, actor, commentId),
  'hide the post': (w, actor, { postId }) =>
    moderate(w, actor, { kind: 'post', id: postId }, 'hide', 'Off topic'),
  'hide the comment': (w, actor, { commentId }) =>
    moderate(w, actor, { kind: 'comment', id: commentId }, 'hide', 'Off topic'),
};

// [what, who, expected: 'allowed' or the error code]
const cases: [string, Actor, 'allowed' | FeedErrorCode][] = [
  ['edit the post', ana, 'allowed'],
  ['edit the post', bram, 'feed.not-author'],
  ['edit the post', mod, 'feed.not-author'],
  ['delete the post', ana, 'allowed'],
  ['delete the post', bram, 'feed.not-author'],
  ['delete the post', mod, 'feed.not-author'],
  ['edit the comment', ana, 'allowed'],
  ['edit the comment', bram, 'feed.not-author'],
  ['edit the comment', mod, 'feed.not-author'],
  ['delete the comment', ana, 'allowed'],
  ['delete the comment', bram, 'feed.not-author'],
  ['delete the comment', mod, 'feed.not-author'],
  ['hide the post', mod, 'allowed'],
  ['hide the post', ana, 'feed.not-moderator'],
  ['hide the post', bram, 'feed.not-moderator'],
  ['hide the comment', mod, 'allowed'],
  ['hide the comment', ana, 'feed.not-moderator'],
  ['hide the comment', bram, 'feed.not-moderator'],
];

describe('who may do what', () => {
  it.each(cases)('%s as %p: %s', async (what, actor, expected) => {
    const { world, postId, commentId } = await withPostAndComment();
    const before = JSON.stringify([world.posts.items.values(), world.comments.items.values()]);
    const error = await failureOf((attempts[what] as Attempt)(world, actor, { postId, commentId }));
    if (expected === 'allowed') {
      expect(error).toBeUndefined();
      return;
    }
    expect(isFeedError(error, expected)).toBe(true);
    // Refused means nothing changed.
    expect(JSON.stringify([world.posts.items.values(), world.comments.items.values()])).toBe(before);
    expect(world.log.records).toEqual([]);
  });

  it('a post that does not exist is not found for its "author" either', async () => {
    const world = feedWorld();
    expect(
      isFeedError(await failureOf(editPost(world, ana, '404', { bodyHtml: 'x' })), 'feed.post.not-found'),
    ).toBe(true);
    expect(isFeedError(await failureOf(deleteComment(world, ana, '404')), 'feed.comment.not-found')).toBe(
      true,
    );
  });
});
