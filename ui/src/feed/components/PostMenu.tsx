import { IconButton } from '@fluentui/react';
import type { IContextualMenuItem } from '@fluentui/react';
import { useState } from 'react';
import type { FeedPost } from '../feed-service';
import { useFeed } from '../feed-context';
import { ConfirmDialog } from './ConfirmDialog';
import { ReasonDialog } from './ReasonDialog';

export interface PostMenuProps {
  readonly post: FeedPost;
  readonly describedBy: string;
  onChanged(post: FeedPost): void;
  onDeleted(postId: string): void;
  onEdit(): void;
  onError(error: unknown): void;
}

type Dialog = 'delete' | 'report' | 'hide' | 'restore' | undefined;

/**
 * "More actions": delete your own post, report someone else's, and for moderators hide or restore with a
 * reason. The service has the last word on who moderates (feed.not-moderator is shown as it words it).
 */
export function PostMenu(props: PostMenuProps): JSX.Element {
  const { service, locale, strings, host, announce, isModerator } = useFeed();
  const { post } = props;
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => setDialog(undefined);
  const items: IContextualMenuItem[] =
    post.author.id === host.user.id
      ? [
          { key: 'edit', text: strings.edit, onClick: props.onEdit },
          { key: 'delete', text: strings.delete, onClick: () => setDialog('delete') },
        ]
      : [{ key: 'report', text: strings.report, onClick: () => setDialog('report') }];
  if (isModerator)
    items.push(
      post.hidden
        ? { key: 'restore', text: strings.restore, onClick: () => setDialog('restore') }
        : { key: 'hide', text: strings.hide, onClick: () => setDialog('hide') },
    );

  const remove = async (): Promise<void> => {
    close();
    try {
      await service.deletePost(post.id, { locale });
      props.onDeleted(post.id);
      announce(strings.deleted);
    } catch (error) {
      props.onError(error);
    }
  };

  const moderate = async (action: 'hide' | 'restore', reason: string): Promise<void> => {
    const record = await service.moderatePost(post.id, action, reason, { locale });
    const { hidden: _was, ...rest } = post;
    props.onChanged(action === 'hide' ? { ...rest, hidden: { reason: record.reason, at: record.at } } : rest);
    close();
    announce(action === 'hide' ? strings.hiddenDone : strings.restoredDone);
  };

  return (
    <>
      <IconButton
        ariaLabel={strings.moreActions}
        aria-describedby={props.describedBy}
        iconProps={{ iconName: 'More' }}
        menuProps={{ items }}
        onRenderMenuIcon={() => null}
      />
      {dialog === 'delete' && (
        <ConfirmDialog
          title={strings.deletePostTitle}
          confirmText={strings.delete}
          onConfirm={() => void remove()}
          onDismiss={close}
        />
      )}
      {dialog === 'report' && (
        <ReasonDialog
          title={strings.reportTitle}
          label={strings.reportReason}
          submitText={strings.report}
          onSubmit={async (reason) => {
            await service.reportPost(post.id, reason, { locale });
            close();
            announce(strings.reported);
          }}
          onDismiss={close}
        />
      )}
      {(dialog === 'hide' || dialog === 'restore') && (
        <ReasonDialog
          title={dialog === 'hide' ? strings.moderationHide : strings.moderationRestore}
          label={strings.moderationReason}
          submitText={dialog === 'hide' ? strings.hide : strings.restore}
          onSubmit={(reason) => moderate(dialog, reason)}
          onDismiss={close}
        />
      )}
    </>
  );
}
