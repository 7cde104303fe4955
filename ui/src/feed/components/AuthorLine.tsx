import { Link, PersonaCoin, PersonaSize } from '@fluentui/react';
import { VisuallyHidden } from '../../shared/VisuallyHidden';
import { personaPresenceOf } from '../../talentfinder/presence';
import type { FeedAuthor } from '../feed-service';
import { useFeed } from '../feed-context';

/** The author's picture with presence, and their name as a link to their posts; presence in words for screen readers. */
export function AuthorCoin(props: { readonly author: FeedAuthor; readonly size?: PersonaSize }): JSX.Element {
  const { strings } = useFeed();
  const { author } = props;
  const presenceText = author.presence ? strings.presence[author.presence.availability] : undefined;
  return (
    <PersonaCoin
      text={author.displayName}
      size={props.size ?? PersonaSize.size32}
      presence={author.presence ? personaPresenceOf(author.presence) : undefined}
      presenceTitle={presenceText}
      aria-hidden="true"
    />
  );
}

export function AuthorName(props: { readonly author: FeedAuthor }): JSX.Element {
  const { strings, openPerson } = useFeed();
  const { author } = props;
  return (
    <>
      <Link onClick={() => openPerson(author.id, author.displayName)}>{author.displayName}</Link>
      {author.presence && (
        <VisuallyHidden> ({strings.presence[author.presence.availability]})</VisuallyHidden>
      )}
    </>
  );
}
