import { ActionButton } from '@fluentui/react';
import { useFeed } from '../feed-context';

/** Copies the post's address (the host knows it) and says so to screen readers. */
export function ShareLinkButton(props: {
  readonly postId: string;
  readonly describedBy: string;
}): JSX.Element {
  const { host, strings, announce } = useFeed();
  const copy = async (): Promise<void> => {
    const url = host.postUrl(props.postId);
    try {
      await (host.copyText ? host.copyText(url) : navigator.clipboard.writeText(url));
      announce(strings.linkCopied);
    } catch {
      announce(strings.copyFailed);
    }
  };
  return (
    <ActionButton
      iconProps={{ iconName: 'Link' }}
      aria-describedby={props.describedBy}
      onClick={() => void copy()}
    >
      {strings.shareLink}
    </ActionButton>
  );
}
