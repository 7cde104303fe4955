import type { Availability, Locale } from '@samen/core/contract';

/** Graph activities worth a word next to the availability ("Busy · In a meeting"); others add nothing. */
export type ShownActivity =
  | 'InACall'
  | 'InAConferenceCall'
  | 'InAMeeting'
  | 'Presenting'
  | 'OutOfOffice'
  | 'OffWork'
  | 'UrgentInterruptionsOnly';

/** Every word the Talentfinder shows, in one place per language. Components take text only from here. */
export interface TalentfinderStrings {
  readonly title: string;
  readonly intro: string;
  /** Joins short facts on one line: job title · department · office. */
  readonly separator: string;

  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly searchButton: string;
  readonly suggestionsLabel: string;
  suggestionsAvailable(count: number): string;

  readonly filtersLabel: string;
  readonly availableNow: string;
  readonly department: string;
  readonly location: string;
  readonly anyDepartment: string;
  readonly anyLocation: string;

  readonly searching: string;
  readonly resultsLabel: string;
  resultSummary(total: number, query: string, availableOnly: boolean): string;
  /** Under the summary when the service searched for something else than was typed. */
  correctedFrom(typed: string): string;
  showing(shown: number, total: number): string;
  readonly showMore: string;
  readonly loadingMore: string;

  emptyTitle(query: string): string;
  readonly emptyDidYouMean: string;
  readonly emptyHint: string;
  readonly emptyAvailableHint: string;

  readonly errorTitle: string;
  readonly retry: string;
  readonly networkError: string;
  readonly signInAgain: string;
  readonly genericError: string;
  /** The service answered, but not in the shape this page knows: a proxy's page, or service and page out of step. */
  readonly invalidResponse: string;

  readonly presence: Readonly<Record<Availability, string>>;
  readonly activity: Readonly<Record<ShownActivity, string>>;
  readonly matchedSkills: string;
  /** Read before the why-line by screen readers. */
  readonly whyPrefix: string;
  readonly chatInTeams: string;
  chatWith(name: string): string;
  chatDraft(firstName: string, topic: string): string;
  readonly email: string;
  emailTo(name: string): string;
  emailSubject(topic: string): string;

  readonly endorse: string;
  endorseWho(name: string): string;
  readonly endorseSelf: string;
  readonly endorseNoSkills: string;
  readonly endorsing: string;
  endorsed(name: string, skill: string, count: number): string;
  withdrawn(name: string, skill: string): string;
  readonly dismiss: string;

  readonly myExpertise: string;
  readonly myExpertiseIntro: string;
  readonly mySkills: string;
  readonly addSkill: string;
  readonly addSkillPlaceholder: string;
  readonly noSkills: string;
  readonly languages: string;
  readonly addLanguage: string;
  readonly addLanguagePlaceholder: string;
  readonly noLanguages: string;
  readonly add: string;
  remove(item: string): string;
  endorsementCount(count: number): string;
  readonly openToQuestions: string;
  readonly openToQuestionsHint: string;
  readonly on: string;
  readonly off: string;
  readonly loadingExpertise: string;
  readonly save: string;
  readonly saving: string;
  readonly saved: string;
  readonly close: string;
  readonly validation: {
    readonly empty: string;
    duplicate(item: string): string;
    tooMany(max: number): string;
  };
}

function numbers(locale: Locale): (n: number) => string {
  const format = new Intl.NumberFormat(locale);
  return (n) => format.format(n);
}

const n = { en: numbers('en-US'), nl: numbers('nl-NL') };

const enUS: TalentfinderStrings = {
  title: 'Talentfinder',
  intro: 'Find the colleague who knows — and who is available now.',
  separator: ' · ',

  searchLabel: 'Who knows about…',
  searchPlaceholder: 'A skill or topic, e.g. fiber sales',
  searchButton: 'Search',
  suggestionsLabel: 'Skill suggestions',
  suggestionsAvailable: (count) =>
    count === 1
      ? '1 suggestion. Use the arrow keys to choose one.'
      : `${n.en(count)} suggestions. Use the arrow keys to choose one.`,

  filtersLabel: 'Filters',
  availableNow: 'Available now',
  department: 'Department',
  location: 'Location',
  anyDepartment: 'All departments',
  anyLocation: 'All locations',

  searching: 'Searching…',
  resultsLabel: 'Colleagues',
  resultSummary: (total, query, availableOnly) =>
    (total === 1 ? `1 colleague knows about “${query}”` : `${n.en(total)} colleagues know about “${query}”`) +
    (availableOnly ? ' and can be reached now' : ''),
  correctedFrom: (typed) =>
    `No one wrote “${typed}”, so Samen searched for the closest words colleagues use.`,
  showing: (shown, total) => `Showing ${n.en(shown)} of ${n.en(total)}`,
  showMore: 'Show more',
  loadingMore: 'Loading more…',

  emptyTitle: (query) => `No one found for “${query}”`,
  emptyDidYouMean: 'Did you mean one of these skills?',
  emptyHint: 'Try a broader term or another spelling.',
  emptyAvailableHint:
    'Perhaps no one who knows is available right now: turn off “Available now” to see everyone.',

  errorTitle: 'The search didn’t work',
  retry: 'Try again',
  networkError: 'Samen can’t be reached. Check your connection and try again.',
  signInAgain: 'Please sign in again.',
  genericError: 'Something went wrong. Please try again.',
  invalidResponse: 'Samen sent an answer this page does not understand. Reload the page and try again.',

  presence: {
    Available: 'Available',
    AvailableIdle: 'Available, idle',
    Away: 'Away',
    BeRightBack: 'Be right back',
    Busy: 'Busy',
    BusyIdle: 'Busy, idle',
    DoNotDisturb: 'Do not disturb',
    Offline: 'Offline',
    PresenceUnknown: 'Status unknown',
  },
  activity: {
    InACall: 'In a call',
    InAConferenceCall: 'In a conference call',
    InAMeeting: 'In a meeting',
    Presenting: 'Presenting',
    OutOfOffice: 'Out of office',
    OffWork: 'Off work',
    UrgentInterruptionsOnly: 'Urgent interruptions only',
  },
  matchedSkills: 'Matching skills',
  whyPrefix: 'Why: ',
  chatInTeams: 'Chat in Teams',
  chatWith: (name) => `Chat in Teams with ${name}`,
  chatDraft: (firstName, topic) =>
    `Hi ${firstName}, I found you in Samen’s Talentfinder. Could I ask you something about ${topic}?`,
  email: 'Email',
  emailTo: (name) => `Email ${name}`,
  emailSubject: (topic) => `A question about ${topic}`,

  endorse: 'Endorse',
  endorseWho: (name) => `Endorse ${name} for`,
  endorseSelf: 'You can’t endorse yourself.',
  endorseNoSkills: 'There is no matching skill to endorse.',
  endorsing: 'Endorsing…',
  endorsed: (name, skill, count) =>
    `You endorsed ${name} for ${skill}. ${count === 1 ? '1 endorsement' : `${n.en(count)} endorsements`} now.`,
  withdrawn: (name, skill) => `You withdrew your endorsement of ${name} for ${skill}.`,
  dismiss: 'Dismiss',

  myExpertise: 'My expertise',
  myExpertiseIntro: 'Tell colleagues what you know about, so the right questions find you.',
  mySkills: 'My skills',
  addSkill: 'Add a skill',
  addSkillPlaceholder: 'e.g. Kubernetes',
  noSkills: 'You haven’t added any skills yet.',
  languages: 'Languages I speak',
  addLanguage: 'Add a language',
  addLanguagePlaceholder: 'e.g. Dutch',
  noLanguages: 'You haven’t added any languages yet.',
  add: 'Add',
  remove: (item) => `Remove ${item}`,
  endorsementCount: (count) => (count === 1 ? '1 endorsement' : `${n.en(count)} endorsements`),
  openToQuestions: 'Open to questions',
  openToQuestionsHint: 'Colleagues you don’t know yet may ask you about your skills.',
  on: 'On',
  off: 'Off',
  loadingExpertise: 'Loading your expertise…',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Your expertise is saved.',
  close: 'Close',
  validation: {
    empty: 'Type something first.',
    duplicate: (item) => `“${item}” is already on your list.`,
    tooMany: (max) => `You can list up to ${n.en(max)} skills.`,
  },
};

const nlNL: TalentfinderStrings = {
  title: 'Talentfinder',
  intro: 'Vind de collega die het weet — en die nu beschikbaar is.',
  separator: ' · ',

  searchLabel: 'Wie weet er iets van…',
  searchPlaceholder: 'Een vaardigheid of onderwerp, bijv. glasvezelverkoop',
  searchButton: 'Zoeken',
  suggestionsLabel: 'Voorgestelde vaardigheden',
  suggestionsAvailable: (count) =>
    count === 1
      ? '1 suggestie. Kies met de pijltjestoetsen.'
      : `${n.nl(count)} suggesties. Kies met de pijltjestoetsen.`,

  filtersLabel: 'Filters',
  availableNow: 'Nu beschikbaar',
  department: 'Afdeling',
  location: 'Locatie',
  anyDepartment: 'Alle afdelingen',
  anyLocation: 'Alle locaties',

  searching: 'Bezig met zoeken…',
  resultsLabel: 'Collega’s',
  resultSummary: (total, query, availableOnly) =>
    (total === 1
      ? `1 collega weet iets van ‘${query}’`
      : `${n.nl(total)} collega’s weten iets van ‘${query}’`) +
    (availableOnly ? (total === 1 ? ' en is nu bereikbaar' : ' en zijn nu bereikbaar') : ''),
  correctedFrom: (typed) =>
    `Niemand schreef ‘${typed}’, dus Samen zocht op de woorden van collega’s die er het dichtst bij komen.`,
  showing: (shown, total) => `${n.nl(shown)} van ${n.nl(total)} getoond`,
  showMore: 'Meer tonen',
  loadingMore: 'Meer laden…',

  emptyTitle: (query) => `Niemand gevonden voor ‘${query}’`,
  emptyDidYouMean: 'Bedoel je een van deze vaardigheden?',
  emptyHint: 'Probeer een algemenere term of een andere schrijfwijze.',
  emptyAvailableHint:
    'Misschien is wie het weet nu niet beschikbaar: zet ‘Nu beschikbaar’ uit om iedereen te zien.',

  errorTitle: 'Het zoeken is niet gelukt',
  retry: 'Opnieuw proberen',
  networkError: 'Samen is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  signInAgain: 'Meld je opnieuw aan.',
  genericError: 'Er ging iets mis. Probeer het opnieuw.',
  invalidResponse:
    'Samen gaf een antwoord dat deze pagina niet begrijpt. Laad de pagina opnieuw en probeer het nog eens.',

  presence: {
    Available: 'Beschikbaar',
    AvailableIdle: 'Beschikbaar, inactief',
    Away: 'Afwezig',
    BeRightBack: 'Zo terug',
    Busy: 'Bezet',
    BusyIdle: 'Bezet, inactief',
    DoNotDisturb: 'Niet storen',
    Offline: 'Offline',
    PresenceUnknown: 'Status onbekend',
  },
  activity: {
    InACall: 'In gesprek',
    InAConferenceCall: 'In een telefonische vergadering',
    InAMeeting: 'In een vergadering',
    Presenting: 'Aan het presenteren',
    OutOfOffice: 'Buiten kantoor',
    OffWork: 'Vrij',
    UrgentInterruptionsOnly: 'Alleen dringende onderbrekingen',
  },
  matchedSkills: 'Passende vaardigheden',
  whyPrefix: 'Waarom: ',
  chatInTeams: 'Chat in Teams',
  chatWith: (name) => `Chat in Teams met ${name}`,
  chatDraft: (firstName, topic) =>
    `Hoi ${firstName}, ik kwam je tegen in de Talentfinder van Samen. Mag ik je iets vragen over ${topic}?`,
  email: 'E-mail',
  emailTo: (name) => `E-mail ${name}`,
  emailSubject: (topic) => `Een vraag over ${topic}`,

  endorse: 'Onderschrijven',
  endorseWho: (name) => `${name} onderschrijven voor`,
  endorseSelf: 'Je kunt jezelf niet onderschrijven.',
  endorseNoSkills: 'Er is geen passende vaardigheid om te onderschrijven.',
  endorsing: 'Bezig met onderschrijven…',
  endorsed: (name, skill, count) =>
    `Je hebt ${name} onderschreven voor ${skill}. Nu ${n.nl(count)} keer onderschreven.`,
  withdrawn: (name, skill) => `Je hebt je onderschrijving van ${name} voor ${skill} ingetrokken.`,
  dismiss: 'Sluiten',

  myExpertise: 'Mijn expertise',
  myExpertiseIntro: 'Laat collega’s weten waar je verstand van hebt, dan vinden de juiste vragen jou.',
  mySkills: 'Mijn vaardigheden',
  addSkill: 'Vaardigheid toevoegen',
  addSkillPlaceholder: 'bijv. Kubernetes',
  noSkills: 'Je hebt nog geen vaardigheden toegevoegd.',
  languages: 'Talen die ik spreek',
  addLanguage: 'Taal toevoegen',
  addLanguagePlaceholder: 'bijv. Engels',
  noLanguages: 'Je hebt nog geen talen toegevoegd.',
  add: 'Toevoegen',
  remove: (item) => `${item} verwijderen`,
  endorsementCount: (count) => `${n.nl(count)} keer onderschreven`,
  openToQuestions: 'Open voor vragen',
  openToQuestionsHint: 'Collega’s die je nog niet kent mogen je vragen stellen over je vaardigheden.',
  on: 'Aan',
  off: 'Uit',
  loadingExpertise: 'Je expertise wordt geladen…',
  save: 'Opslaan',
  saving: 'Bezig met opslaan…',
  saved: 'Je expertise is opgeslagen.',
  close: 'Sluiten',
  validation: {
    empty: 'Typ eerst iets.',
    duplicate: (item) => `‘${item}’ staat al in je lijst.`,
    tooMany: (max) => `Je kunt maximaal ${n.nl(max)} vaardigheden opgeven.`,
  },
};

const STRINGS: Readonly<Record<Locale, TalentfinderStrings>> = { 'en-US': enUS, 'nl-NL': nlNL };

export function talentfinderStrings(locale: Locale): TalentfinderStrings {
  return STRINGS[locale];
}
