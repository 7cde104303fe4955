import { ThemeProvider } from '@fluentui/react';
import { useCallback, useMemo, useState } from 'react';
import { Feed } from './components/Feed';
import type { FeedContextValue } from './feed-context';
import { FeedContext } from './feed-context';
import type { FeedService } from './feed-service';
import type { FeedDefaults, FeedHost } from './host';
import { useFollows } from './hooks/use-follows';
import { useIsModerator } from './hooks/use-is-moderator';
import { homeOf, type FeedLocation } from './location';
import { feedStrings } from './strings';

export interface FeedAppProps {
  readonly service: FeedService;
  readonly host: FeedHost;
  readonly defaults?: FeedDefaults;
}

const NO_DEFAULTS: FeedDefaults = {};

/**
 * Samen's feed: For you, Latest, a topic's or a person's posts; write, like, comment, follow, share, report,
 * and moderate. Host-agnostic like TalentfinderApp: the SPFx web part, the Teams tab and the local portal render
 * it with their own service, user, language and theme. Hosts register the icons (`registerFeedIcons()`).
 */
export function FeedApp(props: FeedAppProps): JSX.Element {
  return (
    <ThemeProvider theme={props.host.theme} lang={props.host.locale}>
      <FeedRoot {...props} />
    </ThemeProvider>
  );
}

function FeedRoot(props: FeedAppProps): JSX.Element {
  const { service, host } = props;
  const defaults = props.defaults ?? NO_DEFAULTS;
  const home = useMemo(() => homeOf(defaults.scope), [defaults.scope]);
  const [location, setLocation] = useState<FeedLocation>(
    defaults.openPostId ? { view: 'post', postId: defaults.openPostId } : home,
  );
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<unknown>();
  const strings = feedStrings(host.locale);
  // The same words twice must be announced twice: a changed text (a trailing no-break space) makes them new.
  const announce = useCallback((message: string) => {
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));
  }, []);
  const follows = useFollows(service, host.locale, setError);
  const isModerator = useIsModerator(service, host, host.locale);

  const context = useMemo<FeedContextValue>(
    () => ({
      service,
      host,
      locale: host.locale,
      strings,
      follows,
      isModerator,
      announce,
      openPerson: (person, displayName) => setLocation({ view: 'person', person, displayName }),
      openTopic: (topic, label) => setLocation({ view: 'topic', topic, label }),
    }),
    [service, host, strings, follows, isModerator, announce],
  );
  return (
    <FeedContext.Provider value={context}>
      <Feed
        location={location}
        home={home}
        defaults={defaults}
        announcement={announcement}
        error={error}
        onDismissError={() => setError(undefined)}
        onNavigate={setLocation}
        onError={setError}
      />
    </FeedContext.Provider>
  );
}
