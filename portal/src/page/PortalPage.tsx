import {
  Dropdown,
  Fabric,
  mergeStyleSets,
  MessageBar,
  MessageBarType,
  Persona,
  PersonaSize,
  Spinner,
} from '@fluentui/react';
import type { IDropdownOption, IStyle, ITheme } from '@fluentui/react';
import { FeedApp, HttpFeedService, HttpTalentService, TalentfinderApp } from '@samen/ui';
import type { Locale } from '@samen/core/contract';
import type { FeedHost, TalentfinderHost } from '@samen/ui';
import { useEffect, useMemo, useState } from 'react';
import { devTokenSource, fetchUsers, type PortalUser } from './dev-sign-in';
import { portalStrings } from './portal-strings';

const LOCALES: readonly { key: Locale; text: string }[] = [
  { key: 'en-US', text: 'English (United States)' },
  { key: 'nl-NL', text: 'Nederlands (Nederland)' },
];

function pageStyles(theme: ITheme) {
  const { palette, fonts } = theme;
  return mergeStyleSets({
    root: { minHeight: '100vh', background: palette.white, color: palette.neutralPrimary } satisfies IStyle,
    suiteBar: {
      display: 'flex',
      alignItems: 'center',
      height: 48,
      paddingRight: 12,
      background: palette.themeDarker,
      color: palette.white,
    },
    waffle: {
      width: 48,
      height: 48,
      display: 'grid',
      placeItems: 'center',
      fontSize: 18,
      color: palette.white,
      background: 'transparent',
      border: 0,
      cursor: 'pointer',
      selectors: {
        ':hover': { background: palette.themeDark },
        ':focus-visible': { outline: '2px solid white' },
      },
    },
    product: { fontSize: fonts.large.fontSize, fontWeight: 600, marginLeft: 4 },
    spacer: { flex: 1 },
    localBar: {
      display: 'flex',
      alignItems: 'flex-end',
      gap: 16,
      flexWrap: 'wrap',
      padding: '8px 32px 10px',
      background: palette.neutralLighter,
      borderBottom: `1px solid ${palette.neutralLight}`,
    },
    localNote: { fontSize: fonts.small.fontSize, color: palette.neutralSecondary, alignSelf: 'center' },
    localTag: {
      fontWeight: 600,
      color: palette.neutralPrimary,
      marginRight: 8,
      padding: '2px 6px',
      borderRadius: 2,
      background: palette.neutralLight,
    },
    viewAs: { width: 300 },
    language: { width: 220 },
    siteHeader: {
      display: 'flex',
      alignItems: 'center',
      gap: 16,
      padding: '20px 32px 0',
      borderBottom: `1px solid ${palette.neutralLight}`,
    },
    logo: {
      width: 64,
      height: 64,
      borderRadius: 4,
      display: 'grid',
      placeItems: 'center',
      background: palette.themePrimary,
      color: palette.white,
      fontSize: 30,
      fontWeight: 600,
      flex: 'none',
      marginBottom: 12,
    },
    siteTitle: { fontSize: fonts.xLarge.fontSize, fontWeight: 600, color: palette.neutralPrimary },
    nav: { display: 'flex', gap: 4, marginTop: 6, marginLeft: -8 },
    navLink: {
      padding: '10px 8px 12px',
      color: palette.neutralPrimary,
      textDecoration: 'none',
      fontSize: fonts.medium.fontSize,
      borderBottom: '2px solid transparent',
      selectors: { ':hover': { color: palette.themeDark, borderBottomColor: palette.neutralTertiaryAlt } },
    },
    navCurrent: { fontWeight: 600, borderBottomColor: palette.themePrimary },
    canvas: { maxWidth: 1204, margin: '0 auto', padding: '28px 32px 48px' },
    pageTitle: { margin: '0 0 4px', fontSize: 32, fontWeight: 600, color: palette.neutralPrimary },
    pageIntro: { margin: '0 0 20px', color: palette.neutralSecondary, fontSize: fonts.mediumPlus.fontSize },
    webPart: { borderTop: `1px solid ${palette.neutralLight}`, paddingTop: 8 },
  });
}

export interface PortalPageProps {
  readonly theme: ITheme;
}

/** The site's two pages, as SharePoint pages with one web part each: `?page=feed` or the Talentfinder. */
type SitePage = 'talentfinder' | 'feed';

const pageOf = (search: string): SitePage =>
  new URLSearchParams(search).get('page') === 'feed' ? 'feed' : 'talentfinder';

/** A shared post's link names it in the fragment (the Feed web part's `postUrl`). */
const sharedPostId = (hash: string): string | undefined =>
  new URLSearchParams(hash.replace(/^#/, '')).get('samen-post') ?? undefined;

function postUrl(postId: string): string {
  const url = new URL(location.href);
  url.hash = `samen-post=${encodeURIComponent(postId)}`;
  return url.toString();
}

/**
 * A SharePoint-like page: suite bar, site header, a page canvas with the Talentfinder web part, composed as the
 * SPFx web part composes it (service, host user, locale, theme, openLink). Above the site header, the local
 * portal's own controls: whom the page is viewed as, and in which language.
 */
export function PortalPage({ theme }: PortalPageProps): JSX.Element {
  const classes = useMemo(() => pageStyles(theme), [theme]);
  const [users, setUsers] = useState<PortalUser[] | undefined>();
  const [usersFailed, setUsersFailed] = useState(false);
  const [userId, setUserId] = useState<string | undefined>(
    () => new URLSearchParams(location.search).get('as') ?? undefined,
  );
  const [locale, setLocale] = useState<Locale>(() =>
    new URLSearchParams(location.search).get('lang') === 'nl-NL' ? 'nl-NL' : 'en-US',
  );
  const [page, setPage] = useState<SitePage>(() => pageOf(location.search));
  const strings = portalStrings(locale);

  useEffect(() => {
    fetchUsers().then(
      (list) => {
        setUsers(list);
        setUserId((current) => (current && list.some((u) => u.id === current) ? current : list[0]?.id));
      },
      () => setUsersFailed(true),
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    const params = new URLSearchParams(location.search);
    if (userId) params.set('as', userId);
    params.set('lang', locale);
    if (page === 'feed') params.set('page', 'feed');
    else params.delete('page');
    history.replaceState(null, '', `?${params.toString()}${location.hash}`);
  }, [locale, userId, page]);

  const user = users?.find((u) => u.id === userId);
  // One service per signed-in user, as SPFx gives each page load its own AadHttpClient.
  const service = useMemo(
    () => (user ? new HttpTalentService({ baseUrl: '', getToken: devTokenSource(user.id) }) : undefined),
    [user],
  );
  const feedService = useMemo(
    () => (user ? new HttpFeedService({ baseUrl: '', getToken: devTokenSource(user.id) }) : undefined),
    [user],
  );
  const feedHost = useMemo<FeedHost | undefined>(
    () =>
      user && {
        user: { id: user.id, displayName: user.displayName },
        locale,
        theme,
        openLink: (url) => window.open(url, '_blank', 'noopener,noreferrer'),
        postUrl,
      },
    [user, locale, theme],
  );
  const host = useMemo<TalentfinderHost | undefined>(
    () =>
      user && {
        user: { id: user.id, displayName: user.displayName },
        locale,
        theme,
        openLink: (url) => window.open(url, '_blank', 'noopener,noreferrer'),
      },
    [user, locale, theme],
  );

  const userOptions: IDropdownOption[] = (users ?? []).map((u) => ({
    key: u.id,
    text: u.jobTitle ? `${u.displayName} — ${u.jobTitle}` : u.displayName,
  }));

  return (
    <Fabric theme={theme} className={classes.root} dir="ltr">
      <header className={classes.suiteBar}>
        <button type="button" className={classes.waffle} aria-label={strings.appLauncher}>
          <WaffleGlyph />
        </button>
        <span className={classes.product}>{strings.sharePoint}</span>
        <span className={classes.spacer} />
        {user && (
          <Persona
            text={user.displayName}
            size={PersonaSize.size32}
            hidePersonaDetails
            title={strings.signedInAs(user.displayName)}
            imageAlt={strings.signedInAs(user.displayName)}
          />
        )}
      </header>
      <aside className={classes.localBar} aria-label={strings.localControls}>
        <span className={classes.localNote}>
          <span className={classes.localTag}>{strings.localControls}</span>
          {strings.localNote}
        </span>
        <Dropdown
          className={classes.viewAs}
          label={strings.viewAs}
          placeholder={usersFailed ? strings.usersFailed : strings.loadingUsers}
          options={userOptions}
          selectedKey={userId ?? null}
          disabled={!users}
          onChange={(_, option) => option && setUserId(String(option.key))}
        />
        <Dropdown
          className={classes.language}
          label={strings.language}
          options={LOCALES.map((l) => ({ ...l }))}
          selectedKey={locale}
          onChange={(_, option) => option && setLocale(option.key as Locale)}
        />
      </aside>
      <div className={classes.siteHeader}>
        <div className={classes.logo} aria-hidden="true">
          S
        </div>
        <div>
          <div className={classes.siteTitle}>Samen</div>
          <nav className={classes.nav} aria-label={strings.siteNav}>
            <a className={classes.navLink} href="#">
              {strings.home}
            </a>
            <SiteLink
              current={page === 'feed'}
              className={classes.navLink}
              currentClass={classes.navCurrent}
              href="?page=feed"
              onOpen={() => setPage('feed')}
            >
              {strings.feed}
            </SiteLink>
            <SiteLink
              current={page === 'talentfinder'}
              className={classes.navLink}
              currentClass={classes.navCurrent}
              href="?"
              onOpen={() => setPage('talentfinder')}
            >
              {strings.talentfinder}
            </SiteLink>
          </nav>
        </div>
      </div>
      <main className={classes.canvas}>
        <h1 className={classes.pageTitle}>{page === 'feed' ? strings.feedTitle : strings.pageTitle}</h1>
        <p className={classes.pageIntro}>{page === 'feed' ? strings.feedIntro : strings.pageIntro}</p>
        {usersFailed && <MessageBar messageBarType={MessageBarType.error}>{strings.usersFailed}</MessageBar>}
        {!usersFailed && !(service && host) && <Spinner label={strings.loadingUsers} />}
        {page === 'feed' && feedService && feedHost && (
          <section className={classes.webPart} aria-label={strings.feed}>
            <FeedApp
              key={feedHost.user.id}
              service={feedService}
              host={feedHost}
              defaults={{ openPostId: sharedPostId(location.hash) }}
            />
          </section>
        )}
        {page === 'talentfinder' && service && host && (
          <section className={classes.webPart} aria-label={strings.talentfinder}>
            {/* key: a new sign-in starts a fresh web part, as a page load does in SharePoint */}
            <TalentfinderApp key={host.user.id} service={service} host={host} />
          </section>
        )}
      </main>
    </Fabric>
  );
}

/** A site navigation link that switches the page in place, as SharePoint's page transitions do. */
function SiteLink(props: {
  readonly current: boolean;
  readonly className: string;
  readonly currentClass: string;
  readonly href: string;
  readonly onOpen: () => void;
  readonly children: string;
}): JSX.Element {
  return (
    <a
      className={props.current ? `${props.className} ${props.currentClass}` : props.className}
      href={props.href}
      aria-current={props.current ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        props.onOpen();
      }}
    >
      {props.children}
    </a>
  );
}

function WaffleGlyph(): JSX.Element {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <g fill="currentColor">
        {[2, 7, 12].flatMap((y) =>
          [2, 7, 12].map((x) => <rect key={`${x}-${y}`} x={x} y={y} width="2.2" height="2.2" />),
        )}
      </g>
    </svg>
  );
}
