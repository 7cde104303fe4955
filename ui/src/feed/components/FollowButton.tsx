import { DefaultButton } from '@fluentui/react';
import type { FollowTarget } from '../feed-service';
import { useFeed } from '../feed-context';

export interface FollowButtonProps {
  readonly target: FollowTarget;
  /** The person's name or the topic's label, for the button's accessible name ("Follow Anna"). */
  readonly name: string;
}

/**
 * A toggle button: the same name whether on or off, the state in aria-pressed (and a check mark for sighted
 * readers), so screen readers say "Follow Anna, toggle button, pressed".
 */
export function FollowButton(props: FollowButtonProps): JSX.Element {
  const { strings, follows } = useFeed();
  const pressed = follows.isFollowing(props.target);
  const label = 'person' in props.target ? strings.follow(props.name) : strings.followTopic(props.name);
  return (
    <DefaultButton
      toggle
      checked={pressed}
      aria-pressed={pressed}
      ariaLabel={label}
      iconProps={pressed ? { iconName: 'CheckMark' } : { iconName: 'Add' }}
      text={strings.notFollowing}
      onClick={() => void follows.toggle(props.target)}
    />
  );
}
