import { mergeStyleSets, Spinner, Stack } from '@fluentui/react';
import { useEffect, useState } from 'react';
import type { CommentThread, FeedComment } from '../feed-service';
import { isAbort } from '../feed-service-error';
import { useFeed } from '../feed-context';
import { htmlOfPlainText } from '../plain-text';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import { FeedError } from './FeedStates';

const classes = mergeStyleSets({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  replies: { listStyle: 'none', margin: '8px 0 0 40px', padding: 0 },
  item: { marginTop: 8 },
});

export interface CommentsSectionProps {
  readonly postId: string;
  /** "Comments on <post>", the section's accessible name. */
  readonly label: string;
  /** A comment was added (+1) or deleted (−1 and its replies). */
  onCountChange(delta: number): void;
  onError(error: unknown): void;
}

/** A post's comments, each with its replies (one level), and a box to write one. */
export function CommentsSection(props: CommentsSectionProps): JSX.Element {
  const { service, locale, strings, announce } = useFeed();
  const [threads, setThreads] = useState<readonly CommentThread[] | undefined>();
  const [error, setError] = useState<unknown>();
  const [replyTo, setReplyTo] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setError(undefined);
    service
      .comments(props.postId, { locale, signal: controller.signal })
      .then(setThreads, (failure: unknown) => {
        if (!isAbort(failure)) setError(failure);
      });
    return () => controller.abort();
  }, [service, locale, props.postId, attempt]);

  const add = async (text: string, parentId?: string): Promise<void> => {
    const added = await service.addComment(props.postId, htmlOfPlainText(text), parentId, { locale });
    setThreads((current = []) =>
      parentId
        ? current.map((t) => (t.id === parentId ? { ...t, replies: [...t.replies, added] } : t))
        : [...current, { ...added, replies: [] }],
    );
    setReplyTo(undefined);
    props.onCountChange(1);
    announce(strings.commentAdded);
  };

  const changed = (comment: FeedComment): void =>
    setThreads((current = []) =>
      current.map((t) =>
        t.id === comment.id
          ? { ...t, ...comment }
          : { ...t, replies: t.replies.map((r) => (r.id === comment.id ? comment : r)) },
      ),
    );

  const deleted = (commentId: string): void => {
    const thread = threads?.find((t) => t.id === commentId);
    props.onCountChange(-(thread ? 1 + thread.replies.length : 1));
    setThreads((current = []) =>
      current
        .filter((t) => t.id !== commentId)
        .map((t) => ({ ...t, replies: t.replies.filter((r) => r.id !== commentId) })),
    );
  };

  const item = (comment: FeedComment, onReply?: () => void) => (
    <CommentItem
      comment={comment}
      onReply={onReply}
      onChanged={changed}
      onDeleted={deleted}
      onError={props.onError}
    />
  );

  return (
    <section aria-label={props.label}>
      {error !== undefined && <FeedError error={error} onRetry={() => setAttempt((n) => n + 1)} />}
      {threads === undefined && error === undefined && <Spinner label={strings.loadingComments} />}
      {threads?.length === 0 && <p>{strings.noComments}</p>}
      <ul className={classes.list}>
        {threads?.map((thread) => (
          <li key={thread.id} className={classes.item}>
            {item(thread, () => setReplyTo(thread.id))}
            {thread.replies.length > 0 && (
              <ul className={classes.replies}>
                {thread.replies.map((reply) => (
                  <li key={reply.id} className={classes.item}>
                    {item(reply)}
                  </li>
                ))}
              </ul>
            )}
            {replyTo === thread.id && (
              <Stack styles={{ root: { marginLeft: 40 } }}>
                <CommentForm
                  label={strings.writeReply(thread.author.displayName)}
                  submitText={strings.reply}
                  autoFocus
                  onSubmit={(text) => add(text, thread.id)}
                />
              </Stack>
            )}
          </li>
        ))}
      </ul>
      {threads !== undefined && (
        <CommentForm label={strings.writeComment} submitText={strings.send} onSubmit={(text) => add(text)} />
      )}
    </section>
  );
}
