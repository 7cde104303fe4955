import { MessageBar, MessageBarButton, MessageBarType } from '@fluentui/react';
import { userMessageOf } from '../error-message';
import { useTalentfinder } from '../talentfinder-context';

export interface ErrorStateProps {
  readonly title?: string;
  readonly error: unknown;
  onRetry(): void;
}

/** A failed call: the service's own message, and a way to try again. Announced as an alert. */
export function ErrorState(props: ErrorStateProps): JSX.Element {
  const { strings } = useTalentfinder();
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      actions={<MessageBarButton text={strings.retry} onClick={props.onRetry} />}
    >
      {props.title && <strong>{props.title} </strong>}
      {userMessageOf(props.error, strings)}
    </MessageBar>
  );
}
