import { MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import { MAX_COMMENT_TEXT_LENGTH } from '@samen/core/contract';
import { useEffect, useRef, useState } from 'react';
import { userMessageOf } from '../error-message';
import { useFeed } from '../feed-context';

export interface CommentFormProps {
  readonly label: string;
  readonly submitText: string;
  readonly initial?: string;
  readonly autoFocus?: boolean;
  /** Rejects with the service's refusal, which the form shows; resolves when the text was saved. */
  onSubmit(text: string): Promise<void>;
}

/** A comment, a reply or an edit: plain text, sent with Ctrl+Enter or the button. */
export function CommentForm(props: CommentFormProps): JSX.Element {
  const { strings } = useFeed();
  const [text, setText] = useState(props.initial ?? '');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // A reply box closes once its reply is saved: nothing to reset then.
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  const submit = async (): Promise<void> => {
    if (text.trim() === '' || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await props.onSubmit(text);
      if (mounted.current) setText('');
    } catch (failure) {
      if (mounted.current) setError(failure);
    } finally {
      if (mounted.current) setBusy(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <TextField
        label={props.label}
        multiline
        autoAdjustHeight
        autoFocus={props.autoFocus}
        maxLength={MAX_COMMENT_TEXT_LENGTH}
        value={text}
        onChange={(_e, value) => setText(value ?? '')}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
        }}
      />
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error}>{userMessageOf(error, strings)}</MessageBar>
      )}
      <Stack horizontal>
        <PrimaryButton
          text={props.submitText}
          disabled={busy || text.trim() === ''}
          onClick={() => void submit()}
        />
      </Stack>
    </Stack>
  );
}
