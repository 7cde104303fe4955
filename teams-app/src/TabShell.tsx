import { Fabric, MessageBar, MessageBarType, Spinner, type ITheme } from '@fluentui/react';
import { HttpTalentService, TalentfinderApp, type TalentfinderHost } from '@samen/ui';
import type { Locale } from '@samen/core/contract';
import { useEffect, useMemo, useState } from 'react';
import { tabStrings } from './tab-strings';

export type TabStatus = 'loading' | 'notInTeams' | 'misconfigured' | 'signInFailed';

export interface TabMessageProps {
  readonly status: TabStatus;
  readonly locale: Locale;
  readonly theme: ITheme;
}

/** What the tab shows instead of the app: connecting, not in Teams, set up wrongly. Said, never a blank page. */
export function TabMessage({ status, locale, theme }: TabMessageProps): JSX.Element {
  const strings = tabStrings(locale);
  return (
    <Fabric
      theme={theme}
      applyTheme
      lang={locale}
      style={{ padding: 20, minHeight: '100vh', boxSizing: 'border-box' }}
    >
      <main>
        {status === 'loading' && <Spinner label={strings.loading} />}
        {status === 'notInTeams' && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            <h1 style={{ fontSize: 'inherit', margin: 0 }}>{strings.notInTeamsTitle}</h1>
            {strings.notInTeams}
          </MessageBar>
        )}
        {status === 'misconfigured' && (
          <MessageBar messageBarType={MessageBarType.error}>{strings.misconfigured}</MessageBar>
        )}
        {status === 'signInFailed' && (
          <MessageBar messageBarType={MessageBarType.error}>{strings.signInFailed}</MessageBar>
        )}
      </main>
    </Fabric>
  );
}

export interface TalentfinderTabProps {
  readonly service: HttpTalentService;
  readonly host: Omit<TalentfinderHost, 'theme'>;
  readonly theme: ITheme;
  /** Teams' theme changes (the user switches to dark or high contrast while the tab is open). */
  readonly onThemeChange?: (listener: (theme: ITheme) => void) => void;
}

/** The Talentfinder as a Teams tab: the same TalentfinderApp as the web part, following Teams' theme. */
export function TalentfinderTab({ service, host, theme, onThemeChange }: TalentfinderTabProps): JSX.Element {
  const [current, setCurrent] = useState(theme);
  // teams-js keeps one theme handler and offers no way to remove it: registered once, for the tab's life.
  useEffect(() => onThemeChange?.(setCurrent), [onThemeChange]);
  const fullHost = useMemo<TalentfinderHost>(() => ({ ...host, theme: current }), [host, current]);
  const strings = tabStrings(host.locale);
  return (
    <Fabric
      theme={current}
      applyTheme
      style={{ minHeight: '100vh', padding: '12px 20px', boxSizing: 'border-box' }}
    >
      <main aria-label={strings.talentfinder}>
        <TalentfinderApp service={service} host={fullHost} />
      </main>
    </Fabric>
  );
}
