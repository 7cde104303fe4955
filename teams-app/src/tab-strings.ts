import type { Locale } from '@samen/core/contract';

/** What the tab host itself says (the Talentfinder has its own strings in @samen/ui). */
export interface TabStrings {
  readonly loading: string;
  readonly notInTeamsTitle: string;
  readonly notInTeams: string;
  readonly misconfigured: string;
  readonly signInFailed: string;
  readonly talentfinder: string;
}

const STRINGS: Readonly<Record<Locale, TabStrings>> = {
  'en-US': {
    loading: 'Connecting to Microsoft Teams…',
    notInTeamsTitle: 'Open Samen in Microsoft Teams',
    notInTeams: 'This page is the Talentfinder tab of the Samen app in Teams. Open it from the app in Teams.',
    misconfigured: 'This tab is not set up correctly. Ask your administrator to reinstall the Samen app.',
    signInFailed: 'Samen could not sign you in. Reload the tab to try again.',
    talentfinder: 'Talentfinder',
  },
  'nl-NL': {
    loading: 'Verbinden met Microsoft Teams…',
    notInTeamsTitle: 'Open Samen in Microsoft Teams',
    notInTeams:
      'Deze pagina is het tabblad Talentfinder van de Samen-app in Teams. Open het vanuit de app in Teams.',
    misconfigured:
      'Dit tabblad is niet goed ingesteld. Vraag je beheerder de Samen-app opnieuw te installeren.',
    signInFailed: 'Samen kon je niet aanmelden. Laad het tabblad opnieuw om het nog eens te proberen.',
    talentfinder: 'Talentfinder',
  },
};

export function tabStrings(locale: Locale): TabStrings {
  return STRINGS[locale];
}
