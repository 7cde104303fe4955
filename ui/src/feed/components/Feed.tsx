import { DefaultButton, MessageBar, MessageBarType, Pivot, PivotItem, Stack } from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';
import { DEFAULT_FEED_PAGE_SIZE, MAX_FEED_PAGE_SIZE } from '@samen/core/contract';
import { useRef, useState } from 'react';
import { Announcer } from '../../shared/VisuallyHidden';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { userMessageOf } from '../error-message';
import type { FeedDefaults } from '../host';
import { useFeed } from '../feed-context';
import { useFeedPages } from '../hooks/use-feed-pages';
import type { FeedLocation, ListLocation } from '../location';
import { whereOf } from '../location';
import { Composer, type ComposerHandle } from './Composer';
import { FollowButton } from './FollowButton';
import { PostList } from './PostList';
import { SharedPost } from './SharedPost';

const styles = (theme: ITheme) =>
  ({
    root: { color: theme.semanticColors.bodyText, maxWidth: 720 },
    heading: { margin: '0 0 8px', fontSize: theme.fonts.xLarge.fontSize },
  }) satisfies Record<string, IStyle>;

export interface FeedProps {
  readonly location: FeedLocation;
  readonly home: ListLocation;
  readonly defaults: FeedDefaults;
  readonly announcement: string;
  readonly error?: unknown;
  onDismissError(): void;
  onNavigate(location: FeedLocation): void;
  onError(error: unknown): void;
}

/** The page: the live region, a problem to show, and either a list of posts or one shared post. */
export function Feed(props: FeedProps): JSX.Element {
  const { strings } = useFeed();
  const classes = useThemedStyles(styles);
  const { location } = props;
  return (
    <div className={classes.root}>
      <Announcer message={props.announcement} />
      {props.error !== undefined && (
        <MessageBar
          messageBarType={MessageBarType.error}
          onDismiss={props.onDismissError}
          dismissButtonAriaLabel={strings.dismiss}
        >
          {userMessageOf(props.error, strings)}
        </MessageBar>
      )}
      {location.view === 'post' ? (
        <SharedPost
          postId={location.postId}
          headingClass={classes.heading}
          onBack={() => props.onNavigate(props.home)}
          onError={props.onError}
        />
      ) : (
        <FeedPosts {...props} location={location} headingClass={classes.heading} />
      )}
    </div>
  );
}

/** A heading for where the reader is, the composer, and the posts of the chosen view. */
function FeedPosts(
  props: FeedProps & { readonly location: ListLocation; readonly headingClass: string },
): JSX.Element {
  const { strings } = useFeed();
  const composer = useRef<ComposerHandle>(null);
  const [focusPostId, setFocusPostId] = useState<string>();
  const { location } = props;
  const top = Math.min(MAX_FEED_PAGE_SIZE, Math.max(1, props.defaults.pageSize ?? DEFAULT_FEED_PAGE_SIZE));
  const [pages, actions] = useFeedPages(whereOf(location), top, props.defaults.pollIntervalMs ?? 30_000);
  const showComposer = props.defaults.showComposer !== false;

  return (
    <>
      <ViewHeader
        location={location}
        home={props.home}
        onNavigate={props.onNavigate}
        headingClass={props.headingClass}
      />
      {showComposer && (
        <Composer
          ref={composer}
          onPublished={(post) => {
            actions.prepend(post);
            setFocusPostId(post.id);
          }}
        />
      )}
      <PostList
        pages={pages}
        actions={actions}
        emptyText={emptyTextOf(location, strings)}
        onWrite={showComposer ? () => composer.current?.focus() : undefined}
        onShowLatest={location.view === 'foryou' ? () => props.onNavigate({ view: 'latest' }) : undefined}
        focusPostId={focusPostId}
        onFocusPost={setFocusPostId}
        onError={props.onError}
      />
    </>
  );
}

function emptyTextOf(location: ListLocation, strings: ReturnType<typeof useFeed>['strings']): string {
  if (location.view === 'topic') return strings.emptyTopic;
  if (location.view === 'person') return strings.emptyPerson;
  return strings.emptyBody;
}

interface ViewHeaderProps {
  readonly location: ListLocation;
  readonly home: ListLocation;
  readonly headingClass: string;
  onNavigate(location: FeedLocation): void;
}

/** For you / Latest as tabs; a topic's or a person's feed as a heading with its follow button and a way back. */
function ViewHeader(props: ViewHeaderProps): JSX.Element {
  const { strings, host } = useFeed();
  const { location, home } = props;
  if (location.view === 'foryou' || location.view === 'latest') {
    return (
      <>
        <h2 className={props.headingClass}>{strings.appTitle}</h2>
        <Pivot
          aria-label={strings.viewsLabel}
          selectedKey={location.view}
          headersOnly
          onLinkClick={(item?: PivotItem) =>
            props.onNavigate({ view: item?.props.itemKey === 'latest' ? 'latest' : 'foryou' })
          }
        >
          <PivotItem itemKey="foryou" headerText={strings.views.foryou} />
          <PivotItem itemKey="latest" headerText={strings.views.latest} />
        </Pivot>
      </>
    );
  }
  const here = whereOf(location);
  const start = whereOf(home);
  const canGoBack = start.view !== here.view || start.topic !== here.topic || start.person !== here.person;
  return (
    <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
      {canGoBack && (
        <DefaultButton
          iconProps={{ iconName: 'Back' }}
          text={strings.backToFeed}
          onClick={() => props.onNavigate(home)}
        />
      )}
      <h2 className={props.headingClass}>
        {location.view === 'topic' && strings.topicHeading(location.label)}
        {location.view === 'person' && strings.personHeading(location.displayName)}
      </h2>
      {location.view === 'topic' && <FollowButton target={{ topic: location.topic }} name={location.label} />}
      {location.view === 'person' && location.person !== host.user.id && (
        <FollowButton target={{ person: location.person }} name={location.displayName} />
      )}
    </Stack>
  );
}
