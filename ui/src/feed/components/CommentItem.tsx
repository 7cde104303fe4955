import { ActionButton, IconButton, mergeStyleSets, MessageBar, MessageBarType, Stack } from '@fluentui/react';
import type { IContextualMenuItem } from '@fluentui/react';
import { useState } from 'react';
import type { FeedComment } from '../feed-service';
import { useFeed } from '../feed-context';
import { htmlOfPlainText, plainTextOfHtml } from '../plain-text';
import { useStableId } from '../../shared/use-stable-id';
import { AuthorCoin, AuthorName } from './AuthorLine';
import { CommentForm } from './CommentForm';
import { ConfirmDialog } from './ConfirmDialog';
import { LikeButton } from './LikeButton';
import { ReasonDialog } from './ReasonDialog';
import { RelativeTime } from './RelativeTime';
import { SafeHtml } from './SafeHtml';

const classes = mergeStyleSets({ body: { selectors: { p: { margin: '4px 0' } } }, meta: { fontSize: 12 } });

export interface CommentItemProps {
  readonly comment: FeedComment;
  /** Top-level comments take replies; replies do not (the feed allows one level). */
  readonly onReply?: () => void;
  onChanged(comment: FeedComment): void;
  onDeleted(commentId: string): void;
  onError(error: unknown): void;
}

type Dialog = 'delete' | 'report' | 'hide' | 'restore' | undefined;

/** One comment: who, when, what; like, reply, and edit, delete or report. */
export function CommentItem(props: CommentItemProps): JSX.Element {
  const { service, locale, strings, host, announce, isModerator } = useFeed();
  const { comment } = props;
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<Dialog>();
  const nameId = useStableId('comment-author');
  const mine = comment.author.id === host.user.id;

  const menu: IContextualMenuItem[] = mine
    ? [
        { key: 'edit', text: strings.edit, onClick: () => setEditing(true) },
        { key: 'delete', text: strings.delete, onClick: () => setDialog('delete') },
      ]
    : [{ key: 'report', text: strings.report, onClick: () => setDialog('report') }];
  if (isModerator)
    menu.push(
      comment.hidden
        ? { key: 'restore', text: strings.restore, onClick: () => setDialog('restore') }
        : { key: 'hide', text: strings.hide, onClick: () => setDialog('hide') },
    );

  const moderate = async (action: 'hide' | 'restore', reason: string): Promise<void> => {
    const record = await service.moderateComment(comment.id, action, reason, { locale });
    const { hidden: _was, ...rest } = comment;
    props.onChanged(action === 'hide' ? { ...rest, hidden: { reason: record.reason, at: record.at } } : rest);
    setDialog(undefined);
    announce(action === 'hide' ? strings.commentHidden : strings.commentRestored);
  };

  const remove = async (): Promise<void> => {
    setDialog(undefined);
    try {
      await service.deleteComment(comment.id, { locale });
      props.onDeleted(comment.id);
      announce(strings.deleted);
    } catch (error) {
      props.onError(error);
    }
  };

  return (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      <AuthorCoin author={comment.author} />
      <Stack grow tokens={{ childrenGap: 2 }}>
        <div className={classes.meta}>
          <span id={nameId}>
            <AuthorName author={comment.author} />
          </span>{' '}
          · <RelativeTime iso={comment.createdAt} />
          {comment.editedAt && ` · ${strings.edited}`}
        </div>
        {comment.hidden && (
          <MessageBar messageBarType={MessageBarType.warning}>
            {strings.hiddenNotice(comment.hidden.reason)}
          </MessageBar>
        )}
        {editing ? (
          <CommentForm
            label={strings.edit}
            submitText={strings.save}
            initial={plainTextOfHtml(comment.bodyHtml)}
            autoFocus
            onSubmit={async (text) => {
              props.onChanged(await service.editComment(comment.id, htmlOfPlainText(text), { locale }));
              setEditing(false);
            }}
          />
        ) : (
          <SafeHtml html={comment.bodyHtml} className={classes.body} />
        )}
        <Stack horizontal verticalAlign="center" wrap>
          <LikeButton
            initial={comment}
            describedBy={nameId}
            calls={{
              like: () => service.likeComment(comment.id, { locale }),
              unlike: () => service.unlikeComment(comment.id, { locale }),
            }}
            onError={props.onError}
          />
          {props.onReply && (
            <ActionButton iconProps={{ iconName: 'Reply' }} aria-describedby={nameId} onClick={props.onReply}>
              {strings.reply}
            </ActionButton>
          )}
          <IconButton
            ariaLabel={strings.moreActions}
            aria-describedby={nameId}
            iconProps={{ iconName: 'More' }}
            menuProps={{ items: menu }}
            onRenderMenuIcon={() => null}
          />
        </Stack>
      </Stack>
      {dialog === 'delete' && (
        <ConfirmDialog
          title={strings.deleteCommentTitle}
          confirmText={strings.delete}
          onConfirm={() => void remove()}
          onDismiss={() => setDialog(undefined)}
        />
      )}
      {(dialog === 'hide' || dialog === 'restore') && (
        <ReasonDialog
          title={dialog === 'hide' ? strings.moderationHideComment : strings.moderationRestoreComment}
          label={strings.moderationReason}
          submitText={dialog === 'hide' ? strings.hide : strings.restore}
          onSubmit={(reason) => moderate(dialog, reason)}
          onDismiss={() => setDialog(undefined)}
        />
      )}
      {dialog === 'report' && (
        <ReasonDialog
          title={strings.reportTitle}
          label={strings.reportReason}
          submitText={strings.report}
          onSubmit={async (reason) => {
            await service.reportComment(comment.id, reason, { locale });
            setDialog(undefined);
            announce(strings.reported);
          }}
          onDismiss={() => setDialog(undefined)}
        />
      )}
    </Stack>
  );
}
