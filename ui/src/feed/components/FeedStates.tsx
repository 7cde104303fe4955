import {
  DefaultButton,
  MessageBar,
  MessageBarType,
  Shimmer,
  ShimmerElementType,
  Stack,
} from '@fluentui/react';
import { VisuallyHidden } from '../../shared/VisuallyHidden';
import { userMessageOf } from '../error-message';
import { useFeed } from '../feed-context';

/** Three grey cards while the first page loads; the words are for screen readers. */
export function FeedShimmer(): JSX.Element {
  const { strings } = useFeed();
  return (
    <div>
      <VisuallyHidden>{strings.loading}</VisuallyHidden>
      {[0, 1, 2].map((i) => (
        <Shimmer
          key={i}
          aria-hidden="true"
          shimmerElements={[
            { type: ShimmerElementType.circle, height: 32 },
            { type: ShimmerElementType.gap, width: 12 },
            { type: ShimmerElementType.line, height: 48 },
          ]}
          styles={{ root: { marginBottom: 16 } }}
        />
      ))}
    </div>
  );
}

export interface EmptyFeedProps {
  readonly text: string;
  readonly onWrite?: () => void;
  readonly onShowLatest?: () => void;
}

export function EmptyFeed(props: EmptyFeedProps): JSX.Element {
  const { strings } = useFeed();
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <p>{props.text}</p>
      <Stack horizontal tokens={{ childrenGap: 8 }} wrap>
        {props.onWrite && <DefaultButton text={strings.writeFirst} onClick={props.onWrite} />}
        {props.onShowLatest && <DefaultButton text={strings.showLatest} onClick={props.onShowLatest} />}
      </Stack>
    </Stack>
  );
}

/** What went wrong, as the service worded it, and a way to try again. */
export function FeedError(props: { readonly error: unknown; readonly onRetry: () => void }): JSX.Element {
  const { strings } = useFeed();
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      actions={<DefaultButton text={strings.retry} onClick={props.onRetry} />}
    >
      <strong>{strings.errorTitle}</strong> {userMessageOf(props.error, strings)}
    </MessageBar>
  );
}
