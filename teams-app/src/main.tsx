// The tab's composition root: the one place that decides, from the tab's URL, how it signs in (Nested App
// Authentication in Teams, dev tenant tokens on the local portal) and wires teams-js to the host logic.
import { app } from '@microsoft/teams-js';
import { negotiateLocale, type Locale } from '@samen/core/contract';
import { HttpTalentService, registerTalentfinderIcons } from '@samen/ui';
import { render } from 'react-dom';
import { devTenantTokenSource, nestedAppTokenSource, type TokenSource } from './auth';
import { readTabConfig, type TabConfig } from './tab-config';
import { connectToTeams, tabLocale, tabUser, type TabEnvironment, type TeamsApp } from './teams-host';
import { TabMessage, TalentfinderTab, type TabStatus } from './TabShell';
import { teamsTheme } from './theme';

const root = document.getElementById('root');

const teams: TeamsApp = {
  initialize: () => app.initialize(),
  getContext: () => app.getContext(),
  registerOnThemeChangeHandler: (handler) => app.registerOnThemeChangeHandler(handler),
  openLink: (link) => app.openLink(link),
};

/** Outside Teams there is no context: the browser's languages, or the portal's `?lang=` and `?theme=`. */
function pageLocale(): Locale {
  return negotiateLocale(new URLSearchParams(location.search).get('lang') ?? navigator.languages.join(','));
}

function show(status: TabStatus, locale: Locale, themeName?: string): void {
  document.documentElement.lang = locale;
  render(<TabMessage status={status} locale={locale} theme={teamsTheme(themeName)} />, root);
}

/** Production: Teams signs the user in, MSAL (loaded only here, so the local tab does not carry it) asks Teams. */
function naaTokens(config: Extract<TabConfig, { auth: 'naa' }>): TokenSource {
  const client = import('@azure/msal-browser').then(({ createNestablePublicClientApplication }) =>
    createNestablePublicClientApplication({
      auth: { clientId: config.clientId, authority: 'https://login.microsoftonline.com/organizations' },
    }),
  );
  return nestedAppTokenSource(client, config.scope);
}

/** Local: the seeded user named by `?as=`, or the portal's first one, signed in through the portal. */
async function devUser(userId: string | undefined): Promise<{ id: string; displayName: string }> {
  const response = await fetch('/portal/users', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`/portal/users: ${response.status}`);
  const users = ((await response.json()) as { value: { id: string; displayName: string }[] }).value;
  const user = users.find((u) => u.id === userId) ?? users[0];
  if (!user) throw new Error('/portal/users: no seeded users');
  return { id: user.id, displayName: user.displayName };
}

async function start(config: TabConfig, environment: TabEnvironment): Promise<void> {
  const context = environment.inTeams ? environment.context : undefined;
  const locale = context ? tabLocale(context) : pageLocale();
  if (config.auth === 'naa' && !context) return show('notInTeams', locale);
  const user = context ? tabUser(context) : await devUser(config.auth === 'dev' ? config.userId : undefined);
  if (!user) return show('signInFailed', locale);
  const getToken = config.auth === 'naa' ? naaTokens(config) : devTenantTokenSource(user.id);
  const themeName = context?.app.theme ?? new URLSearchParams(location.search).get('theme') ?? undefined;
  document.documentElement.lang = locale;
  render(
    <TalentfinderTab
      service={new HttpTalentService({ baseUrl: config.serviceUrl, getToken })}
      host={{
        user,
        locale,
        // Deep links (a Teams chat) open in Teams itself; outside it, in a new browser tab.
        openLink: (url) =>
          context
            ? void teams.openLink(url).catch(() => window.open(url, '_blank', 'noopener,noreferrer'))
            : void window.open(url, '_blank', 'noopener,noreferrer'),
      }}
      theme={teamsTheme(themeName)}
      onThemeChange={
        context
          ? (listener) => teams.registerOnThemeChangeHandler((name) => listener(teamsTheme(name)))
          : undefined
      }
    />,
    root,
  );
}

async function main(): Promise<void> {
  // Teams does not give a tab Fluent's icon font as SharePoint gives web parts: the icons are drawn inline.
  registerTalentfinderIcons();
  show('loading', pageLocale());
  let config: TabConfig;
  try {
    config = readTabConfig(location.search);
  } catch (error) {
    console.error(error);
    return show('misconfigured', pageLocale());
  }
  const environment = await connectToTeams(teams);
  await start(config, environment).catch((error: unknown) => {
    console.error('Samen tab:', error);
    show('signInFailed', pageLocale());
  });
}

void main();
