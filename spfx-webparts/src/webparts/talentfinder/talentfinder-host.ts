import type { TalentfinderDefaults, TalentfinderHost, TalentLocale } from '@samen/ui';

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

export const MIN_PAGE_SIZE: number = 5;
export const MAX_PAGE_SIZE: number = 50;
export const DEFAULT_PAGE_SIZE: number = 10;

/** SharePoint's UI culture (`nl-NL`, `nl-BE`, `en-GB`, ...) to one of the languages the Talentfinder speaks. */
export function talentLocale(uiCultureName: string | undefined): TalentLocale {
  return /^nl(-|$)/i.test(uiCultureName ?? '') ? 'nl-NL' : 'en-US';
}

/** The starting filters from the property pane; blank text fields mean "no filter". */
export function talentDefaults(properties: Partial<ITalentfinderWebPartProps>): TalentfinderDefaults {
  const department = properties.department?.trim();
  const location = properties.location?.trim();
  const size = Math.round(Number(properties.pageSize ?? DEFAULT_PAGE_SIZE));
  return {
    availableOnly: properties.availableOnly === true,
    department: department ? department : undefined,
    location: location ? location : undefined,
    pageSize: Number.isFinite(size) ? Math.min(MAX_PAGE_SIZE, Math.max(MIN_PAGE_SIZE, size)) : DEFAULT_PAGE_SIZE,
  };
}

/** Whether the property pane says where the service is and which token to ask for. */
export function isConfigured(properties: Partial<ITalentfinderWebPartProps>): boolean {
  return !!properties.serviceUrl?.trim() && !!properties.apiResource?.trim();
}

/** Fluent's theme type as the Talentfinder takes it (type only: Fluent itself is bundled once, through @samen/ui). */
export type HostTheme = NonNullable<TalentfinderHost['theme']>;
