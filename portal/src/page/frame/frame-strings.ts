import type { Locale } from '@samen/core/contract';
import type { FrameTheme } from './frame-theme';

/** Everything the Teams-like frame itself says (the bot's cards and the tab bring their own words). */
export interface FrameStrings {
  readonly documentTitle: string;
  readonly teams: string;
  readonly localNote: string;
  readonly localControls: string;
  readonly viewAs: string;
  readonly language: string;
  readonly theme: string;
  readonly themes: Readonly<Record<FrameTheme, string>>;
  readonly loadingUsers: string;
  readonly usersFailed: string;
  readonly appBar: string;
  readonly chat: string;
  readonly talentfinder: string;
  readonly botName: string;
  readonly chatWith: (name: string) => string;
  readonly messages: string;
  readonly you: string;
  readonly composerLabel: string;
  readonly composerPlaceholder: string;
  readonly send: string;
  readonly sending: string;
  readonly emptyChat: string;
  readonly newMessage: (from: string, gist: string) => string;
  readonly cardUpdated: (gist: string) => string;
  readonly unsupported: string;
  readonly botUnavailable: string;
  readonly botFailed: string;
  readonly sendFailed: string;
  readonly actionFailed: string;
  readonly connectionLost: string;
}

const EN: FrameStrings = {
  documentTitle: 'Samen – Teams (local)',
  teams: 'Teams (local)',
  localNote: 'Local frame on the dev tenant: the Samen bot and tab as Teams shows them',
  localControls: 'Local frame settings',
  viewAs: 'View as',
  language: 'Language',
  theme: 'Theme',
  themes: { default: 'Light', dark: 'Dark', contrast: 'High contrast' },
  loadingUsers: 'Loading colleagues…',
  usersFailed: 'The dev tenant could not be reached. Is it running (npm start)?',
  appBar: 'App bar',
  chat: 'Chat',
  talentfinder: 'Talentfinder',
  botName: 'Samen',
  chatWith: (name) => `Chat with ${name}`,
  messages: 'Messages',
  you: 'You',
  composerLabel: 'Message to Samen',
  composerPlaceholder: 'Type a message, e.g. who knows about fiber?',
  send: 'Send',
  sending: 'Sending…',
  emptyChat: 'Ask Samen who knows about something, in English or Dutch.',
  newMessage: (from, gist) => `New message from ${from}: ${gist}`,
  cardUpdated: (gist) => `Card updated: ${gist}`,
  unsupported: 'This message has content the local frame cannot show.',
  botUnavailable: 'The Samen service cannot be reached. Is it running (npm start)?',
  botFailed: 'Samen could not take the message. The portal’s log says why.',
  sendFailed: 'The message was not sent.',
  actionFailed: 'The card could not be updated.',
  connectionLost: 'The connection to the portal was lost; reconnecting…',
};

const NL: FrameStrings = {
  documentTitle: 'Samen – Teams (lokaal)',
  teams: 'Teams (lokaal)',
  localNote: 'Lokaal frame op de dev-tenant: de Samen-bot en -tab zoals Teams ze toont',
  localControls: 'Instellingen van het lokale frame',
  viewAs: 'Bekijken als',
  language: 'Taal',
  theme: 'Thema',
  themes: { default: 'Licht', dark: 'Donker', contrast: 'Hoog contrast' },
  loadingUsers: 'Collega’s laden…',
  usersFailed: 'De dev-tenant is niet bereikbaar. Draait hij (npm start)?',
  appBar: 'App-balk',
  chat: 'Chat',
  talentfinder: 'Talentfinder',
  botName: 'Samen',
  chatWith: (name) => `Chat met ${name}`,
  messages: 'Berichten',
  you: 'Jij',
  composerLabel: 'Bericht aan Samen',
  composerPlaceholder: 'Typ een bericht, bijv. wie weet iets van glasvezel?',
  send: 'Verzenden',
  sending: 'Bezig met verzenden…',
  emptyChat: 'Vraag Samen wie ergens verstand van heeft, in het Nederlands of Engels.',
  newMessage: (from, gist) => `Nieuw bericht van ${from}: ${gist}`,
  cardUpdated: (gist) => `Kaart bijgewerkt: ${gist}`,
  unsupported: 'Dit bericht bevat inhoud die het lokale frame niet kan tonen.',
  botUnavailable: 'De Samen-service is niet bereikbaar. Draait hij (npm start)?',
  botFailed: 'Samen kon het bericht niet aannemen. Het logboek van het portaal zegt waarom.',
  sendFailed: 'Het bericht is niet verzonden.',
  actionFailed: 'De kaart kon niet worden bijgewerkt.',
  connectionLost: 'De verbinding met het portaal is verbroken; opnieuw verbinden…',
};

export function frameStrings(locale: Locale): FrameStrings {
  return locale === 'nl-NL' ? NL : EN;
}
