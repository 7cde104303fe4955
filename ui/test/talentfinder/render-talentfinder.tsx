import './act-user-event';
import { setIconOptions } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Locale } from '@samen/core/contract';
import type { MyExpertise, TalentfinderDefaults } from '../../src';
import { TalentfinderApp } from '../../src';
import type { Call, FakePerson } from './fake-talent-service';
import { FakeTalentService } from './fake-talent-service';
import { me, myExpertise, people, vocabulary } from './people';

// Hosts register Fluent's icon font; tests have none, and Fluent would warn about every icon.
setIconOptions({ disableWarnings: true });

export interface Options {
  readonly locale?: Locale;
  readonly defaults?: TalentfinderDefaults;
  readonly theme?: ITheme;
  readonly people?: readonly FakePerson[];
  readonly expertise?: MyExpertise;
  readonly latency?: (call: Call) => number;
  /** Who the host says is signed in; `me` unless a test needs the host and the service to disagree. */
  readonly hostUser?: { readonly id: string; readonly displayName: string };
}

/** The Talentfinder as a host renders it, signed in as `me`, on a fake service. */
export function renderTalentfinder(options: Options = {}) {
  const service = new FakeTalentService(options.people ?? people, {
    me: options.expertise ?? myExpertise,
    vocabulary,
    latency: options.latency,
  });
  const openLink = jest.fn<void, [string]>();
  const host = {
    user: options.hostUser ?? { id: me.id, displayName: me.displayName },
    locale: options.locale ?? 'en-US',
    theme: options.theme,
    openLink,
  };
  const user = userEvent.setup();
  const view = render(<TalentfinderApp service={service} host={host} defaults={options.defaults} />);
  return { ...view, service, openLink, user };
}
