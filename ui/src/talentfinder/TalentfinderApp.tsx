import { ThemeProvider } from '@fluentui/react';
import { useMemo } from 'react';
import { Talentfinder } from './components/Talentfinder';
import type { TalentfinderDefaults, TalentfinderHost } from './host';
import { talentfinderStrings } from './strings';
import type { TalentService } from './talent-service';
import { TalentfinderContext } from './talentfinder-context';
import type { TalentfinderContextValue } from './talentfinder-context';

export interface TalentfinderAppProps {
  readonly service: TalentService;
  readonly host: TalentfinderHost;
  readonly defaults?: TalentfinderDefaults;
}

const NO_DEFAULTS: TalentfinderDefaults = {};

/**
 * Find the colleague who knows, and who is available now. Host-agnostic: the SPFx web part, the Teams tab and the
 * local portal render it with their own service, user, language and theme. Hosts register Fluent's icons
 * (`initializeIcons()`) once, as for any Fluent UI app.
 */
export function TalentfinderApp(props: TalentfinderAppProps): JSX.Element {
  const { service, host } = props;
  const context = useMemo<TalentfinderContextValue>(
    () => ({ service, host, locale: host.locale, strings: talentfinderStrings(host.locale) }),
    [service, host],
  );
  return (
    <ThemeProvider theme={host.theme} lang={host.locale}>
      <TalentfinderContext.Provider value={context}>
        <Talentfinder defaults={props.defaults ?? NO_DEFAULTS} />
      </TalentfinderContext.Provider>
    </ThemeProvider>
  );
}
