import {
  ActionButton,
  HighContrastSelector,
  Link,
  mergeStyleSets,
  MessageBar,
  MessageBarType,
  Stack,
} from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';
import { forwardRef, useState } from 'react';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { useStableId } from '../../shared/use-stable-id';
import type { FeedPost } from '../feed-service';
import { useFeed } from '../feed-context';
import { AuthorCoin, AuthorName } from './AuthorLine';
import { CommentsSection } from './CommentsSection';
import { DocumentCards } from './DocumentCards';
import { FollowButton } from './FollowButton';
import { LikeButton } from './LikeButton';
import { PostEditor } from './PostEditor';
import { PostMenu } from './PostMenu';
import { RelativeTime } from './RelativeTime';
import { SafeHtml } from './SafeHtml';
import { ShareLinkButton } from './ShareLinkButton';

const styles = (theme: ITheme) =>
  ({
    card: {
      padding: 16,
      marginBottom: 12,
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderRadius: 4,
      background: theme.semanticColors.bodyBackground,
      selectors: {
        ':focus-visible': { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: '2px' },
        // Forced colours drop backgrounds: the border keeps posts apart.
        [HighContrastSelector]: { border: '1px solid WindowText' },
      },
    },
    heading: { margin: 0, fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    meta: { color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    body: {
      selectors: { p: { margin: '8px 0' }, 'a [data-external-marker]': { marginLeft: 2, fontSize: 12 } },
    },
    inline: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8 },
  }) satisfies Record<string, IStyle>;

const layout = mergeStyleSets({ header: { alignItems: 'flex-start' } });

export interface PostCardProps {
  readonly post: FeedPost;
  readonly position: number;
  readonly setSize: number;
  onChanged(post: FeedPost): void;
  onDeleted(postId: string): void;
  onError(error: unknown): void;
}

/** One post as an article of the feed: named by its heading, described by its text. */
export const PostCard = forwardRef<HTMLElement, PostCardProps>(function PostCard(props, ref) {
  const { strings, service, locale, host, openTopic, announce } = useFeed();
  const classes = useThemedStyles(styles);
  const { post } = props;
  const [commentsOpen, setCommentsOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const headingId = useStableId('post-heading');
  const bodyId = useStableId('post-body');
  const heading = post.kind === 'blog' && post.title ? post.title : strings.postBy(post.author.displayName);
  const countChange = (delta: number) =>
    props.onChanged({ ...post, commentCount: Math.max(0, post.commentCount + delta) });

  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={classes.card}
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      aria-posinset={props.position}
      aria-setsize={props.setSize}
    >
      <Stack horizontal tokens={{ childrenGap: 8 }} className={layout.header}>
        <AuthorCoin author={post.author} />
        <Stack grow tokens={{ childrenGap: 2 }}>
          <h3 id={headingId} className={classes.heading}>
            {heading}
          </h3>
          <div className={classes.meta}>
            <AuthorName author={post.author} /> · <RelativeTime iso={post.createdAt} />
            {post.editedAt && ` · ${strings.edited}`}
            {post.kind === 'blog' && ` · ${strings.blog}`}
            {post.because && ` · ${strings.because[post.because]}`}
          </div>
        </Stack>
        {post.author.id !== host.user.id && (
          <FollowButton target={{ person: post.author.id }} name={post.author.displayName} />
        )}
      </Stack>
      {post.hidden && (
        <MessageBar messageBarType={MessageBarType.warning}>
          {strings.hiddenNotice(post.hidden.reason)}
        </MessageBar>
      )}
      {editing ? (
        <PostEditor
          post={post}
          onSaved={(saved) => {
            setEditing(false);
            props.onChanged(saved);
            announce(strings.saved);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div id={bodyId}>
          <SafeHtml html={post.bodyHtml} className={classes.body} />
        </div>
      )}
      <DocumentCards links={post.links} />
      {post.topics.length > 0 && (
        <ul className={classes.inline} aria-label={strings.topicsOfPost}>
          {post.topics.map((topic) => (
            <li key={topic.key}>
              <Link onClick={() => openTopic(topic.key, topic.label)}>#{topic.label}</Link>
            </li>
          ))}
        </ul>
      )}
      <Stack horizontal wrap verticalAlign="center">
        <LikeButton
          initial={post}
          describedBy={headingId}
          calls={{
            like: () => service.likePost(post.id, { locale }),
            unlike: () => service.unlikePost(post.id, { locale }),
          }}
          onError={props.onError}
        />
        <ActionButton
          iconProps={{ iconName: 'Comment' }}
          aria-expanded={commentsOpen}
          aria-describedby={headingId}
          onClick={() => setCommentsOpen((open) => !open)}
        >
          {strings.comments(post.commentCount)}
        </ActionButton>
        <ShareLinkButton postId={post.id} describedBy={headingId} />
        <PostMenu
          post={post}
          describedBy={headingId}
          onChanged={props.onChanged}
          onDeleted={props.onDeleted}
          onEdit={() => setEditing(true)}
          onError={props.onError}
        />
      </Stack>
      {commentsOpen && (
        <CommentsSection
          postId={post.id}
          label={strings.commentsOf(heading)}
          onCountChange={countChange}
          onError={props.onError}
        />
      )}
    </article>
  );
});
