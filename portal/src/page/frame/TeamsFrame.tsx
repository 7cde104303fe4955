import type { Locale } from '@samen/core/contract';
import { useEffect, useState, type ReactNode } from 'react';
import { fetchUsers, type PortalUser } from '../dev-sign-in';
import { ChatPane } from './ChatPane';
import { frameStrings, type FrameStrings } from './frame-strings';
import { FRAME_THEMES, frameThemeOf, type FrameTheme } from './frame-theme';

type View = 'chat' | 'talentfinder';

const LANGUAGES: readonly { value: Locale; text: string }[] = [
  { value: 'en-US', text: 'English (United States)' },
  { value: 'nl-NL', text: 'Nederlands (Nederland)' },
];

/** What the frame was opened with: `?as=<user id>&lang=nl-NL&theme=dark&view=talentfinder`. */
function fromUrl() {
  const params = new URLSearchParams(location.search);
  return {
    userId: params.get('as') ?? undefined,
    locale: (params.get('lang') === 'nl-NL' ? 'nl-NL' : 'en-US') as Locale,
    theme: frameThemeOf(params.get('theme')),
    view: (params.get('view') === 'talentfinder' ? 'talentfinder' : 'chat') as View,
  };
}

/** The personal tab as Teams would load it: the tab's own URL, told the theme and language Teams would give it. */
export function tabUrl(userId: string, locale: Locale, theme: FrameTheme): string {
  const params = new URLSearchParams({ auth: 'dev', as: userId, theme, lang: locale });
  return `/teams/talentfinder/?${params.toString()}`;
}

/**
 * A Teams-like frame for the local portal: an app bar (Chat, Talentfinder), the personal chat with the Samen bot
 * (through the portal's channel to the real /api/messages) and the Talentfinder personal tab, in Teams' light,
 * dark and high-contrast themes, viewed as a chosen seeded colleague.
 */
export function TeamsFrame(): JSX.Element {
  const initial = fromUrl();
  const [users, setUsers] = useState<PortalUser[]>();
  const [usersFailed, setUsersFailed] = useState(false);
  const [userId, setUserId] = useState(initial.userId);
  const [locale, setLocale] = useState(initial.locale);
  const [theme, setTheme] = useState(initial.theme);
  const [view, setView] = useState(initial.view);
  const strings = frameStrings(locale);

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
    document.documentElement.dataset.theme = theme;
    document.title = strings.documentTitle;
    const params = new URLSearchParams({ lang: locale, theme, view });
    if (userId) params.set('as', userId);
    history.replaceState(null, '', `?${params.toString()}`);
  }, [locale, theme, view, userId, strings]);

  return (
    <div className="frame">
      <header className="frame-top">
        <span className="frame-product">{strings.teams}</span>
        <aside className="frame-controls" aria-label={strings.localControls}>
          <span className="frame-note">{strings.localNote}</span>
          <Select label={strings.viewAs} value={userId ?? ''} onChange={setUserId} disabled={!users}>
            {!users && <option value="">{usersFailed ? strings.usersFailed : strings.loadingUsers}</option>}
            {users?.map((u) => (
              <option key={u.id} value={u.id}>
                {u.jobTitle ? `${u.displayName} — ${u.jobTitle}` : u.displayName}
              </option>
            ))}
          </Select>
          <Select label={strings.language} value={locale} onChange={(v) => setLocale(v as Locale)}>
            {LANGUAGES.map((l) => (
              <option key={l.value} value={l.value} lang={l.value}>
                {l.text}
              </option>
            ))}
          </Select>
          <Select label={strings.theme} value={theme} onChange={(v) => setTheme(frameThemeOf(v))}>
            {FRAME_THEMES.map((t) => (
              <option key={t} value={t}>
                {strings.themes[t]}
              </option>
            ))}
          </Select>
        </aside>
      </header>
      <div className="frame-body">
        <AppBar view={view} onChange={setView} strings={strings} />
        <main className="frame-main">
          {usersFailed && (
            <p className="chat-problem" role="alert">
              {strings.usersFailed}
            </p>
          )}
          {userId && (
            <>
              <div hidden={view !== 'chat'} className="frame-view">
                {/* key: another person has another chat, as signing in as someone else would */}
                <ChatPane key={userId} userId={userId} locale={locale} theme={theme} />
              </div>
              {view === 'talentfinder' && <TabView src={tabUrl(userId, locale, theme)} strings={strings} />}
            </>
          )}
        </main>
      </div>
    </div>
  );
}

function TabView({ src, strings }: { src: string; strings: FrameStrings }): JSX.Element {
  return (
    <section className="tab" aria-labelledby="tab-title">
      <header className="pane-header">
        <h1 id="tab-title" className="pane-title">
          {strings.talentfinder}
        </h1>
      </header>
      <iframe className="tab-frame" title={strings.talentfinder} src={src} />
    </section>
  );
}

interface SelectProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly disabled?: boolean;
  readonly children: ReactNode;
}

function Select({ label, value, onChange, disabled, children }: SelectProps): JSX.Element {
  return (
    <label className="frame-select">
      <span>{label}</span>
      <select value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </label>
  );
}

interface AppBarProps {
  readonly view: View;
  readonly onChange: (view: View) => void;
  readonly strings: FrameStrings;
}

/** Teams' app bar: one button per app, the open one marked as the current page. */
function AppBar({ view, onChange, strings }: AppBarProps): JSX.Element {
  const apps: { key: View; label: string; icon: JSX.Element }[] = [
    { key: 'chat', label: strings.chat, icon: <ChatGlyph /> },
    { key: 'talentfinder', label: strings.talentfinder, icon: <PeopleGlyph /> },
  ];
  return (
    <nav className="app-bar" aria-label={strings.appBar}>
      <ul>
        {apps.map((app) => (
          <li key={app.key}>
            <button
              type="button"
              className="app-bar-button"
              aria-current={view === app.key ? 'page' : undefined}
              onClick={() => onChange(app.key)}
            >
              {app.icon}
              <span>{app.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ChatGlyph(): JSX.Element {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M10 2a8 8 0 0 0-6.9 12.05l-.93 3.05a.5.5 0 0 0 .62.62l3.06-.93A8 8 0 1 0 10 2Zm0 1a7 7 0 1 1-3.6 13l-.2-.1-2.3.7.7-2.3-.11-.2A7 7 0 0 1 10 3Z"
      />
    </svg>
  );
}

function PeopleGlyph(): JSX.Element {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M7 3a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm0 1a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm7 1a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5Zm0 1a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3ZM3.5 11A1.5 1.5 0 0 0 2 12.5v.5c0 2 1.9 4 5 4s5-2 5-4v-.5a1.5 1.5 0 0 0-1.5-1.5h-7Zm0 1h7a.5.5 0 0 1 .5.5v.5c0 1.3-1.3 3-4 3s-4-1.7-4-3v-.5a.5.5 0 0 1 .5-.5Zm9.5 0h3.5a.5.5 0 0 1 .5.5v.3c0 1-1 2.2-3.1 2.2-.4 0-.8 0-1.1-.1a4.5 4.5 0 0 1-.3 1c.4.1.9.1 1.4.1 2.7 0 4.1-1.7 4.1-3.2v-.3a1.5 1.5 0 0 0-1.5-1.5H12.6c.2.3.4.6.4 1Z"
      />
    </svg>
  );
}
