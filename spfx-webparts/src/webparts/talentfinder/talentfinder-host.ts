import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MIN_PAGE_SIZE, negotiateLocale, pageSizeWithin } from '@samen/core/contract';
import type { Locale } from '@samen/core/contract';
import type { TalentfinderDefaults, TalentfinderHost } from '@samen/ui';

/** The web part's properties, as the property pane edits them and the page stores them. */
export interface ITalentfinderWebPartProps {
  /** The Samen service's address, e.g. `https://samen.contoso.com`. */
  serviceUrl: string;
  /** The service's API resource in Entra ID, e.g. `api://<service client id>`: the audience of its tokens. */
  apiResource: string;
  availableOnly: boolean;
  department: string;
  location: string;
  pageSize: number;
}

// The property pane's slider offers what the service accepts (core's contract).
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MIN_PAGE_SIZE };

/** SharePoint's UI culture (`nl-NL`, `nl-BE`, `en-GB`, ...) to one of the languages the Talentfinder speaks. */
export function talentLocale(uiCultureName: string | undefined): Locale {
  return negotiateLocale(uiCultureName);
}

/** The starting filters from the property pane; blank text fields mean "no filter". */
export function talentDefaults(properties: Partial<ITalentfinderWebPartProps>): TalentfinderDefaults {
  const department = properties.department?.trim();
  const location = properties.location?.trim();
  return {
    availableOnly: properties.availableOnly === true,
    department: department ? department : undefined,
    location: location ? location : undefined,
    pageSize: pageSizeWithin(properties.pageSize === undefined ? undefined : Number(properties.pageSize)),
  };
}

/** Whether the property pane says where the service is and which token to ask for. */
export function isConfigured(properties: Partial<ITalentfinderWebPartProps>): boolean {
  return !!properties.serviceUrl?.trim() && !!properties.apiResource?.trim();
}

/** Fluent's theme type as the Talentfinder takes it (type only: Fluent itself is bundled once, through @samen/ui). */
export type HostTheme = NonNullable<TalentfinderHost['theme']>;
