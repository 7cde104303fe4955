import type { FollowBody, ModerationRecordWire, NewCommentBody } from '@samen/core/contract';
import type {
  CallOptions,
  CommentThread,
  FeedComment,
  FeedPage,
  FeedPost,
  FeedQuery,
  FeedService,
  Following,
  FollowTarget,
  LikeState,
  ModerationAction,
  ModerationRecord,
  NewPost,
  FeedReader,
  PersonSuggestion,
  PostChange,
} from '../feed-service';
import { FeedProblem, FeedServiceError } from '../feed-service-error';
import {
  ServiceHttp,
  type ClientCodes,
  type Method,
  type ServiceHttpOptions,
} from '../../shared/service-http';
import {
  feedQueryOf,
  newPostBodyOf,
  parseComment,
  parseComments,
  parseFeedPage,
  parseFollowing,
  parseLikeState,
  parseModerationRecord,
  parseMe,
  parsePeople,
  parsePost,
  postEditBodyOf,
} from './wire';

export type HttpFeedServiceOptions = ServiceHttpOptions;

/** What this client says when the service could not answer it. */
const CODES: ClientCodes = {
  network: FeedProblem.network,
  unauthenticated: FeedProblem.unauthenticated,
  invalidResponse: FeedProblem.invalidResponse,
  byStatus: {
    400: FeedProblem.invalidRequest,
    401: FeedProblem.unauthenticated,
    403: FeedProblem.forbidden,
    404: FeedProblem.notFound,
    503: FeedProblem.unavailable,
  },
};

const posts = (id: string) => `/api/feed/posts/${encodeURIComponent(id)}`;
const commentPath = (id: string) => `/api/feed/comments/${encodeURIComponent(id)}`;

/** FeedService over the Samen service's HTTP API (`/api/feed/...`, FEED_OPERATIONS). */
export class HttpFeedService implements FeedService {
  private readonly http: ServiceHttp;

  constructor(options: HttpFeedServiceOptions) {
    this.http = new ServiceHttp(
      options,
      CODES,
      (status, code, message, detail) => new FeedServiceError(status, code, message, detail),
    );
  }

  feed(query: FeedQuery, options: CallOptions): Promise<FeedPage> {
    const params = new URLSearchParams(feedQueryOf(query));
    return this.http.call('GET', `/api/feed?${params.toString()}`, options, parseFeedPage);
  }

  getPost(postId: string, options: CallOptions): Promise<FeedPost> {
    return this.http.call('GET', posts(postId), options, parsePost);
  }

  createPost(draft: NewPost, options: CallOptions): Promise<FeedPost> {
    return this.http.call('POST', '/api/feed/posts', options, parsePost, newPostBodyOf(draft));
  }

  editPost(postId: string, change: PostChange, options: CallOptions): Promise<FeedPost> {
    return this.http.call('PATCH', posts(postId), options, parsePost, postEditBodyOf(change));
  }

  deletePost(postId: string, options: CallOptions): Promise<void> {
    return this.none('DELETE', posts(postId), options);
  }

  likePost(postId: string, options: CallOptions): Promise<LikeState> {
    return this.http.call('POST', `${posts(postId)}/likes`, options, parseLikeState);
  }

  unlikePost(postId: string, options: CallOptions): Promise<void> {
    return this.none('DELETE', `${posts(postId)}/likes`, options);
  }

  comments(postId: string, options: CallOptions): Promise<readonly CommentThread[]> {
    return this.http.call('GET', `${posts(postId)}/comments`, options, parseComments);
  }

  addComment(
    postId: string,
    bodyHtml: string,
    parentId: string | undefined,
    options: CallOptions,
  ): Promise<FeedComment> {
    const body: NewCommentBody = { bodyHtml, ...(parentId ? { parentId } : {}) };
    return this.http.call('POST', `${posts(postId)}/comments`, options, parseComment, body);
  }

  editComment(commentId: string, bodyHtml: string, options: CallOptions): Promise<FeedComment> {
    return this.http.call('PATCH', commentPath(commentId), options, parseComment, { bodyHtml });
  }

  deleteComment(commentId: string, options: CallOptions): Promise<void> {
    return this.none('DELETE', commentPath(commentId), options);
  }

  likeComment(commentId: string, options: CallOptions): Promise<LikeState> {
    return this.http.call('POST', `${commentPath(commentId)}/likes`, options, parseLikeState);
  }

  unlikeComment(commentId: string, options: CallOptions): Promise<void> {
    return this.none('DELETE', `${commentPath(commentId)}/likes`, options);
  }

  following(options: CallOptions): Promise<Following> {
    return this.http.call('GET', '/api/feed/follows', options, parseFollowing);
  }

  follow(target: FollowTarget, options: CallOptions): Promise<Following> {
    const body: FollowBody = target;
    return this.http.call('POST', '/api/feed/follows', options, parseFollowing, body);
  }

  unfollow(target: FollowTarget, options: CallOptions): Promise<void> {
    // DELETE bodies are not reliably sent: the contract names the target in the query (unfollowQuery).
    const params = new URLSearchParams(
      'person' in target ? { person: target.person } : { topic: target.topic },
    );
    return this.none('DELETE', `/api/feed/follows?${params.toString()}`, options);
  }

  reportPost(postId: string, reason: string, options: CallOptions): Promise<void> {
    return this.none('POST', `${posts(postId)}/reports`, options, { reason });
  }

  reportComment(commentId: string, reason: string, options: CallOptions): Promise<void> {
    return this.none('POST', `${commentPath(commentId)}/reports`, options, { reason });
  }

  moderatePost(
    postId: string,
    action: ModerationAction,
    reason: string,
    options: CallOptions,
  ): Promise<ModerationRecord> {
    const body: Pick<ModerationRecordWire, 'action' | 'reason'> = { action, reason };
    return this.http.call('POST', `${posts(postId)}/moderation`, options, parseModerationRecord, body);
  }

  moderateComment(
    commentId: string,
    action: ModerationAction,
    reason: string,
    options: CallOptions,
  ): Promise<ModerationRecord> {
    const body: Pick<ModerationRecordWire, 'action' | 'reason'> = { action, reason };
    return this.http.call(
      'POST',
      `${commentPath(commentId)}/moderation`,
      options,
      parseModerationRecord,
      body,
    );
  }

  searchPeople(q: string, options: CallOptions): Promise<readonly PersonSuggestion[]> {
    const params = new URLSearchParams({ q });
    return this.http.call('GET', `/api/feed/people?${params.toString()}`, options, parsePeople);
  }

  reader(options: CallOptions): Promise<FeedReader> {
    return this.http.call('GET', '/api/feed/me', options, parseMe);
  }

  private async none(method: Method, path: string, options: CallOptions, body?: unknown): Promise<void> {
    await this.http.send(method, path, options, body);
  }
}
