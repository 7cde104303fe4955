import {
  FEED_OPERATIONS,
  PROBLEMS,
  feedOperationOf,
  feedReplyViolation,
  fieldProblemText,
  newPostBody,
  type FeedOperation,
} from '../../src/contract';

describe('the feed contract', () => {
  it.each<[string, string, FeedOperation | undefined]>([
    ['GET', '/api/feed', 'feed'],
    ['POST', '/api/feed/posts', 'createPost'],
    ['PATCH', '/api/feed/posts/42', 'editPost'],
    ['POST', '/api/feed/posts/42/likes', 'likePost'],
    ['DELETE', '/api/feed/comments/7/likes', 'unlikeComment'],
    ['POST', '/api/feed/posts/42/moderation', 'moderatePost'],
    ['POST', '/api/feed/posts//likes', undefined],
    ['PUT', '/api/feed/posts/42', undefined],
    ['GET', '/api/feed/posts/42/likes/extra', undefined],
  ])('%s %s is %p', (method, path, operation) => {
    expect(feedOperationOf(method, path)).toBe(operation);
  });

  it('names only problems that exist, so each has a status and words in both languages', () => {
    for (const operation of Object.values(FEED_OPERATIONS))
      for (const code of operation.problems)
        expect(PROBLEMS[code]).toEqual(expect.objectContaining({ status: expect.any(Number) }));
  });

  it('holds replies to their operation: the right status for a problem, a body of the right shape', () => {
    const notFound = { status: 404, code: 'feed.post.not-found', message: 'Dit bericht is er niet meer.' };
    expect(feedReplyViolation('likePost', 404, notFound)).toBeUndefined();
    expect(feedReplyViolation('likePost', 409, { ...notFound, status: 409 })).toMatch(/404/);
    expect(
      feedReplyViolation('createPost', 409, { status: 409, code: 'feed.like.duplicate', message: 'x' }),
    ).toMatch(/may not answer/);
    expect(feedReplyViolation('likePost', 201, { likeCount: -1, likedByMe: true })).toBeDefined();
    expect(feedReplyViolation('deletePost', 204, undefined)).toBeUndefined();
  });

  it('refuses a post that names its author or anything it does not know', () => {
    expect(newPostBody.safeParse({ kind: 'status', bodyHtml: '<p>x</p>' }).success).toBe(true);
    expect(
      newPostBody.safeParse({ kind: 'status', bodyHtml: '<p>x</p>', authorId: 'someone-else' }).success,
    ).toBe(false);
    expect(newPostBody.safeParse({ kind: 'liveblog', bodyHtml: '<p>x</p>' }).success).toBe(false);
  });

  it.each([
    ['title', 'required', undefined, 'en-US', 'The title is required.'],
    ['bodyHtml', 'too-long', 2000, 'nl-NL', 'De tekst is te lang (maximaal 2000 tekens).'],
    ['topics', 'too-many', 10, 'en-US', 'The topics are too many (at most 10).'],
    ['somethingElse', 'required', undefined, 'en-US', undefined],
  ] as const)('words feed.invalid for %s %s', (field, reason, limit, locale, words) => {
    expect(fieldProblemText(field, reason, limit, locale)).toBe(words);
  });
});
