import { ChoiceGroup, MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';
import { MAX_TITLE_LENGTH } from '@samen/core/contract';
import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { useStableId } from '../../shared/use-stable-id';
import { userMessageOf } from '../error-message';
import type { FeedPost } from '../feed-service';
import { useFeed } from '../feed-context';
import { RichTextEditor } from './RichTextEditor';
import { TopicsInput } from './TopicsInput';

const styles = (theme: ITheme) =>
  ({
    root: {
      padding: 16,
      marginBottom: 16,
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderRadius: 4,
    },
    heading: { margin: '0 0 8px', fontSize: theme.fonts.large.fontSize },
  }) satisfies Record<string, IStyle>;

type Kind = 'status' | 'blog';

export interface ComposerHandle {
  focus(): void;
}

/** Write an update or a blog; the service words every refusal ("The title is required."). */
export const Composer = forwardRef<ComposerHandle, { onPublished(post: FeedPost): void }>(
  function Composer(props, ref) {
    const { service, locale, strings, announce } = useFeed();
    const classes = useThemedStyles(styles);
    const headingId = useStableId('composer');
    const [kind, setKind] = useState<Kind>('status');
    const [title, setTitle] = useState('');
    const [html, setHtml] = useState('');
    const [topics, setTopics] = useState<readonly string[]>([]);
    const [editorKey, setEditorKey] = useState(0);
    const [error, setError] = useState<unknown>();
    const [busy, setBusy] = useState(false);
    const root = useRef<HTMLElement>(null);

    useImperativeHandle(ref, () => ({
      focus: () => root.current?.querySelector<HTMLElement>('[contenteditable]')?.focus(),
    }));

    const publish = async (): Promise<void> => {
      setBusy(true);
      setError(undefined);
      try {
        const post = await service.createPost({ kind, title, bodyHtml: html, topics }, { locale });
        setTitle('');
        setHtml('');
        setTopics([]);
        setEditorKey((k) => k + 1);
        announce(strings.published);
        props.onPublished(post);
      } catch (failure) {
        setError(failure);
      } finally {
        setBusy(false);
      }
    };

    return (
      <section ref={root} aria-labelledby={headingId} className={classes.root}>
        <h3 id={headingId} className={classes.heading}>
          {strings.composerHeading}
        </h3>
        <Stack tokens={{ childrenGap: 8 }}>
          <ChoiceGroup
            label={strings.kindLabel}
            selectedKey={kind}
            options={[
              { key: 'status', text: strings.kindStatus },
              { key: 'blog', text: strings.kindBlog },
            ]}
            onChange={(_e, option) => setKind(option?.key === 'blog' ? 'blog' : 'status')}
            styles={{ flexContainer: { display: 'flex', gap: 16 } }}
          />
          {kind === 'blog' && (
            <TextField
              label={strings.titleLabel}
              required
              maxLength={MAX_TITLE_LENGTH}
              value={title}
              onChange={(_e, value) => setTitle(value ?? '')}
            />
          )}
          <RichTextEditor key={editorKey} label={strings.bodyLabel} onChange={setHtml} />
          <TopicsInput topics={topics} onChange={setTopics} />
          {error !== undefined && (
            <MessageBar messageBarType={MessageBarType.error}>{userMessageOf(error, strings)}</MessageBar>
          )}
          <Stack horizontal>
            <PrimaryButton
              text={busy ? strings.publishing : strings.publish}
              disabled={busy}
              onClick={() => void publish()}
            />
          </Stack>
        </Stack>
      </section>
    );
  },
);
