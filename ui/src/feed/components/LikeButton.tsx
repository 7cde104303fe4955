import { ActionButton } from '@fluentui/react';
import { useStableId } from '../../shared/use-stable-id';
import type { LikeState } from '../feed-service';
import { useFeed } from '../feed-context';
import { useLike, type LikeCalls } from '../hooks/use-like';

export interface LikeButtonProps {
  readonly initial: LikeState;
  readonly calls: LikeCalls;
  /** Whose thing this is ("Post by Anna"), so that a list of Like buttons can be told apart. */
  readonly describedBy?: string;
  onError(error: unknown): void;
}

/** "Like", pressed or not, with the count beside it; changes show at once and roll back on refusal. */
export function LikeButton(props: LikeButtonProps): JSX.Element {
  const { strings } = useFeed();
  const [state, toggle] = useLike(props.initial, props.calls, props.onError);
  const countId = useStableId('likes');
  return (
    <ActionButton
      toggle
      checked={state.likedByMe}
      aria-pressed={state.likedByMe}
      aria-describedby={[countId, props.describedBy].filter(Boolean).join(' ')}
      iconProps={{ iconName: state.likedByMe ? 'LikeSolid' : 'Like' }}
      onClick={() => void toggle()}
    >
      {strings.like}
      {/* A no-break space: Fluent's button label drops a plain leading space ("Like· 1 like"). */}
      <span id={countId}>
        {'\u00a0· '}
        {strings.likes(state.likeCount)}
      </span>
    </ActionButton>
  );
}
