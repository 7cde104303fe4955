import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import { MAX_TITLE_LENGTH } from '@samen/core/contract';
import { useState } from 'react';
import { userMessageOf } from '../error-message';
import type { FeedPost } from '../feed-service';
import { useFeed } from '../feed-context';
import { RichTextEditor } from './RichTextEditor';
import { TopicsInput } from './TopicsInput';

export interface PostEditorProps {
  readonly post: FeedPost;
  onSaved(post: FeedPost): void;
  onCancel(): void;
}

/** The author's own post, edited in place: title (blogs), text and topics; refusals worded by the service. */
export function PostEditor(props: PostEditorProps): JSX.Element {
  const { service, locale, strings } = useFeed();
  const { post } = props;
  const [title, setTitle] = useState(post.title ?? '');
  const [html, setHtml] = useState(post.bodyHtml);
  const [topics, setTopics] = useState<readonly string[]>(post.topics.map((topic) => topic.label));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const save = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const change = { bodyHtml: html, topics, ...(post.kind === 'blog' ? { title } : {}) };
      props.onSaved(await service.editPost(post.id, change, { locale }));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {post.kind === 'blog' && (
        <TextField
          label={strings.titleLabel}
          required
          maxLength={MAX_TITLE_LENGTH}
          value={title}
          onChange={(_e, value) => setTitle(value ?? '')}
        />
      )}
      <RichTextEditor label={strings.bodyLabel} initialHtml={post.bodyHtml} onChange={setHtml} />
      <TopicsInput topics={topics} onChange={setTopics} />
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error}>{userMessageOf(error, strings)}</MessageBar>
      )}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={strings.save} disabled={busy} onClick={() => void save()} />
        <DefaultButton text={strings.cancel} onClick={props.onCancel} />
      </Stack>
    </Stack>
  );
}
