import type { Locale } from '@samen/core/contract';

/** The page around the web part: SharePoint's chrome and the local portal's own controls. */
export interface PortalStrings {
  readonly appLauncher: string;
  readonly sharePoint: string;
  readonly siteNav: string;
  readonly home: string;
  readonly talentfinder: string;
  readonly pageTitle: string;
  readonly pageIntro: string;
  readonly localControls: string;
  readonly localNote: string;
  readonly viewAs: string;
  readonly language: string;
  readonly loadingUsers: string;
  readonly usersFailed: string;
  readonly signedInAs: (name: string) => string;
}

const EN: PortalStrings = {
  appLauncher: 'App launcher',
  sharePoint: 'SharePoint',
  siteNav: 'Site navigation',
  home: 'Home',
  talentfinder: 'Talentfinder',
  pageTitle: 'Find a colleague',
  pageIntro: 'Who knows about it, and who can help right now? Search skills, projects and interests.',
  localControls: 'Local portal',
  localNote: 'Local development page on the dev tenant',
  viewAs: 'View as',
  language: 'Language',
  loadingUsers: 'Loading colleagues…',
  usersFailed: 'The dev tenant could not be reached. Is it running (npm start)?',
  signedInAs: (name) => `Signed in as ${name}`,
};

const NL: PortalStrings = {
  appLauncher: 'App-startprogramma',
  sharePoint: 'SharePoint',
  siteNav: 'Sitenavigatie',
  home: 'Start',
  talentfinder: 'Talentfinder',
  pageTitle: 'Vind een collega',
  pageIntro: 'Wie weet ervan, en wie kan nu helpen? Zoek op vaardigheden, projecten en interesses.',
  localControls: 'Lokaal portaal',
  localNote: 'Lokale ontwikkelpagina op de dev-tenant',
  viewAs: 'Bekijken als',
  language: 'Taal',
  loadingUsers: 'Collega’s laden…',
  usersFailed: 'De dev-tenant is niet bereikbaar. Draait hij (npm start)?',
  signedInAs: (name) => `Aangemeld als ${name}`,
};

export function portalStrings(locale: Locale): PortalStrings {
  return locale === 'nl-NL' ? NL : EN;
}
