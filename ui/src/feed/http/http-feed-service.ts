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
import { FeedProblem, FeedServiceError, isAbort } from '../feed-service-error';
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
  parseProblem,
  postEditBodyOf,
} from './wire';

export interface HttpFeedServiceOptions {
  /** The Samen service's address, e.g. `https://samen.contoso.com`; '' when the page is served by the service. */
  readonly baseUrl: string;
  /** A bearer token for the service: AadHttpClient in SPFx, Nested App Authentication in Teams, the dev tenant locally. */
  readonly getToken: () => Promise<string>;
  /** Defaults to the page's fetch. */
  readonly fetch?: typeof fetch;
}

type Method = 'GET' | 'PATCH' | 'POST' | 'DELETE';

/** When the body is not a problem (a gateway's HTML error page), the status alone still says what happened. */
const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: FeedProblem.invalidRequest,
  401: FeedProblem.unauthenticated,
  403: FeedProblem.forbidden,
  404: FeedProblem.notFound,
  503: FeedProblem.unavailable,
};

const posts = (id: string) => `/api/feed/posts/${encodeURIComponent(id)}`;
const commentPath = (id: string) => `/api/feed/comments/${encodeURIComponent(id)}`;

/** FeedService over the Samen service's HTTP API (`/api/feed/...`, FEED_OPERATIONS). */
export class HttpFeedService implements FeedService {
  private readonly baseUrl: string;
  private readonly getToken: () => Promise<string>;
  private readonly fetch: typeof fetch;

  constructor(options: HttpFeedServiceOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.getToken = options.getToken;
    // Unbound, the browser's fetch throws "Illegal invocation".
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  feed(query: FeedQuery, options: CallOptions): Promise<FeedPage> {
    const params = new URLSearchParams(feedQueryOf(query));
    return this.call('GET', `/api/feed?${params.toString()}`, options, parseFeedPage);
  }

  getPost(postId: string, options: CallOptions): Promise<FeedPost> {
    return this.call('GET', posts(postId), options, parsePost);
  }

  createPost(draft: NewPost, options: CallOptions): Promise<FeedPost> {
    return this.call('POST', '/api/feed/posts', options, parsePost, newPostBodyOf(draft));
  }

  editPost(postId: string, change: PostChange, options: CallOptions): Promise<FeedPost> {
    return this.call('PATCH', posts(postId), options, parsePost, postEditBodyOf(change));
  }

  deletePost(postId: string, options: CallOptions): Promise<void> {
    return this.none('DELETE', posts(postId), options);
  }

  likePost(postId: string, options: CallOptions): Promise<LikeState> {
    return this.call('POST', `${posts(postId)}/likes`, options, parseLikeState);
  }

  unlikePost(postId: string, options: CallOptions): Promise<void> {
    return this.none('DELETE', `${posts(postId)}/likes`, options);
  }

  comments(postId: string, options: CallOptions): Promise<readonly CommentThread[]> {
    return this.call('GET', `${posts(postId)}/comments`, options, parseComments);
  }

  addComment(
    postId: string,
    bodyHtml: string,
    parentId: string | undefined,
    options: CallOptions,
  ): Promise<FeedComment> {
    const body: NewCommentBody = { bodyHtml, ...(parentId ? { parentId } : {}) };
    return this.call('POST', `${posts(postId)}/comments`, options, parseComment, body);
  }

  editComment(commentId: string, bodyHtml: string, options: CallOptions): Promise<FeedComment> {
    return this.call('PATCH', commentPath(commentId), options, parseComment, { bodyHtml });
  }

  deleteComment(commentId: string, options: CallOptions): Promise<void> {
    return this.none('DELETE', commentPath(commentId), options);
  }

  likeComment(commentId: string, options: CallOptions): Promise<LikeState> {
    return this.call('POST', `${commentPath(commentId)}/likes`, options, parseLikeState);
  }

  unlikeComment(commentId: string, options: CallOptions): Promise<void> {
    return this.none('DELETE', `${commentPath(commentId)}/likes`, options);
  }

  following(options: CallOptions): Promise<Following> {
    return this.call('GET', '/api/feed/follows', options, parseFollowing);
  }

  follow(target: FollowTarget, options: CallOptions): Promise<Following> {
    const body: FollowBody = target;
    return this.call('POST', '/api/feed/follows', options, parseFollowing, body);
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
    return this.call('POST', `${posts(postId)}/moderation`, options, parseModerationRecord, body);
  }

  moderateComment(
    commentId: string,
    action: ModerationAction,
    reason: string,
    options: CallOptions,
  ): Promise<ModerationRecord> {
    const body: Pick<ModerationRecordWire, 'action' | 'reason'> = { action, reason };
    return this.call('POST', `${commentPath(commentId)}/moderation`, options, parseModerationRecord, body);
  }

  searchPeople(q: string, options: CallOptions): Promise<readonly PersonSuggestion[]> {
    const params = new URLSearchParams({ q });
    return this.call('GET', `/api/feed/people?${params.toString()}`, options, parsePeople);
  }

  reader(options: CallOptions): Promise<FeedReader> {
    return this.call('GET', '/api/feed/me', options, parseMe);
  }

  private async none(method: Method, path: string, options: CallOptions, body?: unknown): Promise<void> {
    await this.send(method, path, options, body);
  }

  private async call<T>(
    method: Method,
    path: string,
    options: CallOptions,
    parse: (json: unknown) => T,
    body?: unknown,
  ): Promise<T> {
    const response = await this.send(method, path, options, body);
    try {
      return parse(await response.json());
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new FeedServiceError(
        response.status,
        FeedProblem.invalidResponse,
        undefined,
        `${method} ${path}: ${String(error)}`,
      );
    }
  }

  /** One request with the caller's token and language; any answer but 2xx becomes a FeedServiceError. */
  private async send(method: Method, path: string, options: CallOptions, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': options.locale,
      Authorization: `Bearer ${await this.token()}`,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: options.signal,
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new FeedServiceError(0, FeedProblem.network, undefined, `${method} ${path}: ${String(error)}`);
    }
    if (!response.ok) throw await problemOf(method, path, response);
    return response;
  }

  private async token(): Promise<string> {
    try {
      return await this.getToken();
    } catch (error) {
      // MSAL's "interaction required" and friends: to the user, this is being signed out.
      throw new FeedServiceError(401, FeedProblem.unauthenticated, undefined, `getToken: ${String(error)}`);
    }
  }
}

async function problemOf(method: Method, path: string, response: Response): Promise<FeedServiceError> {
  const text = await response.text().catch(() => '');
  const found = parseProblem(safeJson(text));
  const code = found?.code ?? CODE_BY_STATUS[response.status] ?? `http${response.status}`;
  return new FeedServiceError(
    response.status,
    code,
    found?.message,
    `${method} ${path} → ${response.status} ${code}`,
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
