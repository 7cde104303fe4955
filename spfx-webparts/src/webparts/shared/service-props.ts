import { negotiateLocale, type Locale } from '@samen/core/contract';
import type { FeedHost } from '@samen/ui';

/** What every Samen web part's property pane holds: where the service is and which token to ask for. */
export interface ISamenServiceProps {
  /** The Samen service's address, e.g. `https://samen.contoso.com`. */
  serviceUrl: string;
  /** The service's API resource in Entra ID, e.g. `api://<service client id>`: the audience of its tokens. */
  apiResource: string;
}

/** Whether the property pane says where the service is and which token to ask for. */
export function isServiceConfigured(properties: Partial<ISamenServiceProps>): boolean {
  return !!properties.serviceUrl?.trim() && !!properties.apiResource?.trim();
}

/** SharePoint's UI culture (`nl-NL`, `nl-BE`, `en-GB`, ...) as one of the languages Samen speaks. */
export function pageLocale(uiCultureName: string | undefined): Locale {
  return negotiateLocale(uiCultureName);
}

/** Fluent's theme type as the apps take it (type only: Fluent itself is bundled once, through @samen/ui). */
export type HostTheme = NonNullable<FeedHost['theme']>;
