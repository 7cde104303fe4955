import '../talentfinder/act-user-event';
import { setIconOptions } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Locale } from '@samen/core/contract';
import type { FeedDefaults } from '../../src';
import { FeedApp } from '../../src';
import { FakeFeedService, type FakePerson } from './fake-feed-service';

// Hosts register icons; tests have none, and Fluent would warn about every icon.
setIconOptions({ disableWarnings: true });

export const me: FakePerson = { id: 'u-me', displayName: 'Mees Jansen' };
export const anna: FakePerson = {
  id: 'u-anna',
  displayName: 'Anna de Vries',
  presence: { availability: 'Available', activity: 'Available' },
};
export const bram: FakePerson = {
  id: 'u-bram',
  displayName: 'Bram Bakker',
  presence: { availability: 'Busy', activity: 'InAMeeting' },
};
export const people: readonly FakePerson[] = [me, anna, bram, { id: 'u-annet', displayName: 'Annet Smit' }];

export interface Options {
  readonly locale?: Locale;
  readonly defaults?: FeedDefaults;
  readonly theme?: ITheme;
  readonly moderator?: boolean;
  /** Arrange the fake's world before the app first asks it. */
  readonly given?: (service: FakeFeedService) => void;
  /** user-event's options, e.g. advanceTimers for fake timers. */
  readonly advanceTimers?: (ms: number) => void;
}

/** The Feed as a host renders it, signed in as `me`, on a fake service that answers by the contract. */
export function renderFeed(options: Options = {}) {
  const service = new FakeFeedService(me, people, { moderators: options.moderator ? [me.id] : [] });
  options.given?.(service);
  const openLink = jest.fn<void, [string]>();
  const copyText = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
  const host = {
    user: { id: me.id, displayName: me.displayName },
    locale: options.locale ?? 'en-US',
    theme: options.theme,
    openLink,
    copyText,
    postUrl: (id: string) => `https://contoso.sharepoint.com/sites/intranet/feed?post=${id}`,
  };
  const user = userEvent.setup(options.advanceTimers ? { advanceTimers: options.advanceTimers } : {});
  const view = render(<FeedApp service={service} host={host} defaults={options.defaults} />);
  return { ...view, service, copyText, openLink, user };
}
