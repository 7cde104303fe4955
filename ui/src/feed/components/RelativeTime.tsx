import { useFeed } from '../feed-context';
import { exactTime, relativeTime } from '../relative-time';

/** "5 minutes ago", with the exact date and time as its tooltip and in the machine-readable attribute. */
export function RelativeTime(props: { readonly iso: string }): JSX.Element {
  const { locale } = useFeed();
  return (
    <time dateTime={props.iso} title={exactTime(props.iso, locale)}>
      {relativeTime(props.iso, new Date(), locale)}
    </time>
  );
}
