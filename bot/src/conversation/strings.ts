// Every text the bot shows people, in en-US and nl-NL. Cards take them from here only.
import type { Locale } from '@samen/core/contract';
import type { Availability } from '@samen/core/contract';

export interface Filters {
  readonly availableOnly: boolean;
  readonly department?: string;
  readonly location?: string;
}

export interface BotStrings {
  readonly resultsTitle: (topic: string) => string;
  readonly range: (from: number, to: number, total: number) => string;
  readonly filters: (filters: Filters) => string;
  readonly corrected: (typed: string, searched: string) => string;
  readonly nobodyTitle: (topic: string) => string;
  readonly nobodyAvailable: string;
  readonly nobodyText: string;
  readonly suggestionsIntro: string;
  readonly chat: string;
  readonly chatDraft: (firstName: string, topic: string) => string;
  readonly showMore: string;
  readonly onlyAvailable: string;
  readonly everyone: string;
  readonly presence: Readonly<Record<Availability, string>>;
  readonly helpTitle: string;
  readonly helpText: string;
  readonly helpExamples: readonly string[];
  readonly welcomeTitle: string;
  readonly welcomeText: string;
  readonly noTopic: string;
  readonly tooLong: string;
  readonly nothingMore: string;
  readonly endOfResults: string;
  readonly staleAction: string;
  readonly unknownAction: string;
  readonly apology: (reference: string) => string;
  /** The message extension's answer when nobody matched; the suggestions are skills people do have. */
  readonly extensionNobody: (topic: string, suggestions: readonly string[]) => string;
  readonly extensionTooLong: string;
  readonly extensionUnknownCommand: string;
  /** Notify when available. `until` is an Adaptive Cards TIME() that Teams shows in the user's own time zone. */
  readonly notifyMe: string;
  readonly backToResults: string;
  readonly watchingTitle: string;
  readonly watching: (name: string, until: string) => string;
  readonly alreadyWatching: (name: string, until: string) => string;
  readonly availableNowTitle: (name: string) => string;
  readonly availableNowText: string;
  readonly noticeSelf: string;
  readonly noticeLimit: (max: number) => string;
  readonly noticeAnonymous: string;
  readonly noticeOnlyPersonal: string;
  /** The proactive message when the person became available. */
  readonly noticeAvailable: (name: string, topic: string) => string;
  readonly watchEndedTitle: (name: string) => string;
  readonly watchEnded: (name: string, until: string) => string;
}

/** "“A”, “B” or “C”" in the locale's own words for "or". */
const orList = (locale: Locale, items: readonly string[], quote: (item: string) => string) =>
  new Intl.ListFormat(locale, { type: 'disjunction' }).format(items.map(quote));

const EN: BotStrings = {
  resultsTitle: (topic) => `Colleagues who know about “${topic}”`,
  range: (from, to, total) => `${from}–${to} of ${total}`,
  filters: (f) =>
    [
      f.availableOnly ? 'available now' : '',
      f.department ? `department ${f.department}` : '',
      f.location ? `office ${f.location}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  corrected: (typed, searched) => `No one wrote “${typed}”, so Samen searched for “${searched}”.`,
  nobodyTitle: (topic) => `No one found for “${topic}”`,
  nobodyAvailable: 'Nobody who matches is available right now. Try everyone, or ask again later.',
  nobodyText: 'No colleague mentions this in their profile yet.',
  suggestionsIntro: 'Skills close to what you asked:',
  chat: 'Chat',
  chatDraft: (name, topic) => `Hi ${name}, Samen tells me you know about ${topic}. Do you have a moment?`,
  showMore: 'Show more',
  onlyAvailable: 'Only available now',
  everyone: 'Everyone, not only available',
  presence: {
    Available: 'Available',
    AvailableIdle: 'Available (idle)',
    Away: 'Away',
    BeRightBack: 'Be right back',
    Busy: 'Busy',
    BusyIdle: 'Busy',
    DoNotDisturb: 'Do not disturb',
    Offline: 'Offline',
    PresenceUnknown: 'Status unknown',
  },
  helpTitle: 'Ask me who knows what',
  helpText:
    'Ask in English or Dutch, in a chat or in a channel with @Samen. I answer with colleagues who know about it, why, and whether they are available now. Type “more” for the next people.',
  helpExamples: [
    'who knows about fiber sales?',
    'anyone with Kubernetes experience',
    'Power BI expert available now',
    'expert in GDPR in the Legal department',
  ],
  welcomeTitle: 'Welcome to Samen',
  welcomeText:
    'I help you find colleagues who know about something — with their live presence and one click to start a chat.',
  noTopic: 'What should the colleague know about? For example: “who knows about fiber sales?”',
  tooLong:
    'That message is too long for a question. Ask in one sentence, for example: “who knows about SAP?”',
  nothingMore: 'There is nothing to show more of yet: ask a question first.',
  endOfResults: 'That was everyone who matches.',
  staleAction: 'This button no longer works. Please ask your question again.',
  unknownAction: 'I do not know that action. Please ask your question again.',
  apology: (reference) => `Sorry, something went wrong on our side. Reference: ${reference}`,
  extensionNobody: (topic, suggestions) =>
    suggestions.length > 0
      ? `No one found for “${topic}”. Try ${orList('en-US', suggestions, (s) => `“${s}”`)}.`
      : `No one found for “${topic}”. Try another skill.`,
  extensionTooLong: 'That is too long for a skill. Type a few words, for example “fiber sales”.',
  extensionUnknownCommand: 'Samen does not know this search. Please update the Samen app and try again.',
  notifyMe: 'Notify me when available',
  backToResults: 'Back to the results',
  watchingTitle: 'I’ll let you know',
  watching: (name, until) =>
    `I’ll send you a message here as soon as ${name} is available. I’ll keep watching for eight hours, until ${until}.`,
  alreadyWatching: (name, until) =>
    `You already asked: I’ll tell you here when ${name} is available (until ${until}).`,
  availableNowTitle: (name) => `${name} is available now`,
  availableNowText: 'No need to wait: start a chat now.',
  noticeSelf: 'That is you: I cannot tell you when you are available.',
  noticeLimit: (max) =>
    `You are already waiting for ${max} colleagues. Ask again once I have told you about one of them.`,
  noticeAnonymous: 'I cannot tell who you are here, so I cannot send you a message later.',
  noticeOnlyPersonal: 'I can only send you such a message in a personal chat with me.',
  noticeAvailable: (name, topic) =>
    `You asked me to tell you when ${name} is available, about “${topic}”. Now is a good moment.`,
  watchEndedTitle: (name) => `${name} did not become available`,
  watchEnded: (name, until) =>
    `I watched for eight hours, until ${until}, and ${name} was not available. You can still send a chat message.`,
};

const NL: BotStrings = {
  resultsTitle: (topic) => `Collega’s die verstand hebben van ‘${topic}’`,
  range: (from, to, total) => `${from}–${to} van ${total}`,
  filters: (f) =>
    [
      f.availableOnly ? 'nu beschikbaar' : '',
      f.department ? `afdeling ${f.department}` : '',
      f.location ? `kantoor ${f.location}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  corrected: (typed, searched) => `Niemand schreef ‘${typed}’, dus Samen zocht naar ‘${searched}’.`,
  nobodyTitle: (topic) => `Niemand gevonden voor ‘${topic}’`,
  nobodyAvailable: 'Niemand die past is nu beschikbaar. Bekijk iedereen, of vraag het later nog eens.',
  nobodyText: 'Nog geen collega noemt dit in zijn of haar profiel.',
  suggestionsIntro: 'Vaardigheden die hierop lijken:',
  chat: 'Chatten',
  chatDraft: (name, topic) => `Hoi ${name}, via Samen zag ik dat je verstand hebt van ${topic}. Heb je even?`,
  showMore: 'Meer tonen',
  onlyAvailable: 'Alleen nu beschikbaar',
  everyone: 'Iedereen, niet alleen beschikbaar',
  presence: {
    Available: 'Beschikbaar',
    AvailableIdle: 'Beschikbaar (inactief)',
    Away: 'Afwezig',
    BeRightBack: 'Zo terug',
    Busy: 'Bezet',
    BusyIdle: 'Bezet',
    DoNotDisturb: 'Niet storen',
    Offline: 'Offline',
    PresenceUnknown: 'Status onbekend',
  },
  helpTitle: 'Vraag me wie wat weet',
  helpText:
    'Vraag het in het Nederlands of Engels, in een chat of in een kanaal met @Samen. Ik antwoord met collega’s die er verstand van hebben, waarom, en of ze nu beschikbaar zijn. Typ “meer” voor de volgende mensen.',
  helpExamples: [
    'wie weet iets van glasvezelverkoop?',
    'ik zoek iemand die Kubernetes kan',
    'Power BI expert nu beschikbaar',
    'expert in AVG op de afdeling Juridisch',
  ],
  welcomeTitle: 'Welkom bij Samen',
  welcomeText:
    'Ik help je collega’s te vinden die ergens verstand van hebben — met hun actuele status en in één klik een chat.',
  noTopic: 'Waar moet de collega verstand van hebben? Bijvoorbeeld: “wie weet iets van glasvezelverkoop?”',
  tooLong:
    'Dat bericht is te lang voor een vraag. Vraag het in één zin, bijvoorbeeld: “wie weet iets van SAP?”',
  nothingMore: 'Er is nog niets om meer van te tonen: stel eerst een vraag.',
  endOfResults: 'Dat was iedereen die past.',
  staleAction: 'Deze knop werkt niet meer. Stel je vraag opnieuw.',
  unknownAction: 'Die actie ken ik niet. Stel je vraag opnieuw.',
  apology: (reference) => `Sorry, er ging bij ons iets mis. Referentie: ${reference}`,
  extensionNobody: (topic, suggestions) =>
    suggestions.length > 0
      ? `Niemand gevonden voor ‘${topic}’. Probeer ${orList('nl-NL', suggestions, (s) => `‘${s}’`)}.`
      : `Niemand gevonden voor ‘${topic}’. Probeer een andere vaardigheid.`,
  extensionTooLong:
    'Dat is te lang voor een vaardigheid. Typ een paar woorden, bijvoorbeeld ‘glasvezelverkoop’.',
  extensionUnknownCommand: 'Deze zoekopdracht kent Samen niet. Werk de Samen-app bij en probeer het opnieuw.',
  notifyMe: 'Laat me weten wanneer beschikbaar',
  backToResults: 'Terug naar de resultaten',
  watchingTitle: 'Ik laat het je weten',
  watching: (name, until) =>
    `Zodra ${name} beschikbaar is, stuur ik je hier een bericht. Ik let acht uur op, tot ${until}.`,
  alreadyWatching: (name, until) =>
    `Dat had je al gevraagd: ik laat het je hier weten als ${name} beschikbaar is (tot ${until}).`,
  availableNowTitle: (name) => `${name} is nu beschikbaar`,
  availableNowText: 'Je hoeft niet te wachten: begin nu een chat.',
  noticeSelf: 'Dat ben je zelf: ik kan je niet laten weten wanneer jij beschikbaar bent.',
  noticeLimit: (max) =>
    `Je wacht al op ${max} collega’s. Vraag het opnieuw zodra ik je over een van hen iets heb laten weten.`,
  noticeAnonymous: 'Ik kan hier niet zien wie je bent, dus ik kan je later geen bericht sturen.',
  noticeOnlyPersonal: 'Zo’n bericht kan ik je alleen sturen in een persoonlijke chat met mij.',
  noticeAvailable: (name, topic) =>
    `Je vroeg me het te laten weten als ${name} beschikbaar is, over ‘${topic}’. Dit is een goed moment.`,
  watchEndedTitle: (name) => `${name} werd niet beschikbaar`,
  watchEnded: (name, until) =>
    `Ik heb acht uur opgelet, tot ${until}, en ${name} was niet beschikbaar. Je kunt nog steeds een chatbericht sturen.`,
};

export const STRINGS: Readonly<Record<Locale, BotStrings>> = { 'en-US': EN, 'nl-NL': NL };
