import type { Locale } from '@samen/core/contract';

/** The page around the web part: SharePoint's chrome and the local portal's own controls. */
export interface PortalStrings {
  readonly appLauncher: string;
  readonly sharePoint: string;
  readonly siteNav: string;
  readonly home: string;
  readonly talentfinder: string;
  readonly feed: string;
  readonly pageTitle: string;
  readonly pageIntro: string;
  readonly feedTitle: string;
  readonly feedIntro: string;
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
  feed: 'News',
  pageTitle: 'Find a colleague',
  pageIntro: 'Who knows about it, and who can help right now? Search skills, projects and interests.',
  feedTitle: 'What colleagues share',
  feedIntro:
    'Posts, blogs and conversations from the people and topics you follow, and what your department talks about.',
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
  feed: 'Nieuws',
  pageTitle: 'Vind een collega',
  pageIntro: 'Wie weet ervan, en wie kan nu helpen? Zoek op vaardigheden, projecten en interesses.',
  feedTitle: 'Wat collega’s delen',
  feedIntro:
    'Berichten, blogs en gesprekken van de mensen en onderwerpen die je volgt, en waar je afdeling het over heeft.',
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
