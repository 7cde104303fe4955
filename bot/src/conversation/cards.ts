// Adaptive Cards (schema 1.5, the newest Teams renders) as plain JSON: no botbuilder, no SDK types, so the
// conversation's tests can build and validate them on their own.
import type { NoticeKind, NoticeOutcome, StoredNotice, WatchedPerson } from '@samen/core';
import { availabilityOf, isAvailableNow, type Locale } from '@samen/core/contract';
import { STRINGS, type Filters } from './strings';

export type Card = Record<string, unknown> & { type: 'AdaptiveCard'; version: '1.5' };

/** The one Action.Execute verb: run a search; its data says which (see `searchData` in conversation.ts). */
export const SEARCH_VERB = 'samen.search';

/** Ask to be told when a person is available; the data names the person and the search to go back to. */
export const NOTIFY_VERB = 'samen.notify';

export interface SearchData extends Filters {
  readonly q: string;
  readonly skip: number;
}

export interface NotifyData {
  readonly personId: string;
  readonly search: SearchData;
}

export interface ExpertView {
  readonly userId: string;
  readonly displayName: string;
  readonly jobTitle: string | null;
  readonly userPrincipalName: string;
  readonly availability: string;
  readonly matchedSkills: readonly string[];
  readonly why: string;
}

export interface ResultsView {
  readonly search: SearchData;
  readonly total: number;
  readonly experts: readonly ExpertView[];
  /** How many results the page had: a person missing from the directory is not shown but was counted. */
  readonly pageLength: number;
  readonly corrected?: string;
  /** Offer "Notify me when available" for people who are not: only where its messages stay private. */
  readonly notify: boolean;
}

const card = (body: unknown[], actions: unknown[] = []): Card => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...(actions.length > 0 ? { actions } : {}),
});

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});
const title = (value: string) => text(value, { size: 'Medium', weight: 'Bolder' });

const execute = (label: string, data: SearchData) => ({
  type: 'Action.Execute',
  title: label,
  verb: SEARCH_VERB,
  data: { ...data },
});

/** "Anna de Vries" → "AV"; one name → its first letter. */
export function initials(name: string): string {
  const parts = name.split(/\s+/u).filter((part) => /^\p{Lu}/u.test(part));
  const picked = parts.length > 0 ? parts : name.split(/\s+/u).filter(Boolean);
  const letters = [picked[0], picked.length > 1 ? picked[picked.length - 1] : undefined];
  return letters.map((part) => (part ? [...part][0]!.toUpperCase() : '')).join('') || '?';
}

/** Teams opens a 1:1 chat with the person, the first line drafted: graph-facts.md, "Teams chat deep link". */
export function chatLink(upn: string, draft: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(upn)}&message=${encodeURIComponent(draft)}`;
}

// An initials tile instead of a photo: Graph photos would cost a request per person and an image URL Teams
// can fetch; the tile costs nothing and renders in every host. Wide enough for two bold capitals beside the
// accent container's padding ("MB", not "M" over "B"), and never wrapped.
function avatar(name: string) {
  return {
    type: 'Column',
    width: '52px',
    items: [
      {
        type: 'Container',
        style: 'accent',
        minHeight: '40px',
        verticalContentAlignment: 'Center',
        items: [text(initials(name), { weight: 'Bolder', horizontalAlignment: 'Center', wrap: false })],
      },
    ],
  };
}

const firstNameOf = (name: string) => name.split(/\s+/u)[0] ?? name;

const chatAction = (
  person: { displayName: string; userPrincipalName: string },
  topic: string,
  locale: Locale,
) => ({
  type: 'Action.OpenUrl',
  title: STRINGS[locale].chat,
  url: chatLink(person.userPrincipalName, STRINGS[locale].chatDraft(firstNameOf(person.displayName), topic)),
});

/** "Notify me when available" under a person who is not; its data carries the search to come back to. */
function notifyAction(view: ExpertView, search: SearchData | undefined, locale: Locale): unknown[] {
  if (!search || isAvailableNow(view.availability)) return [];
  const data: NotifyData = { personId: view.userId, search };
  return [{ type: 'Action.Execute', title: STRINGS[locale].notifyMe, verb: NOTIFY_VERB, data }];
}

function expert(view: ExpertView, topic: string, locale: Locale, notifyFrom?: SearchData) {
  const availability = availabilityOf(view.availability);
  const details = [
    text(view.displayName, { weight: 'Bolder' }),
    ...(view.jobTitle ? [text(view.jobTitle, { isSubtle: true, spacing: 'None' })] : []),
    text(presenceLabel(view.availability, locale), {
      spacing: 'None',
      color: isAvailableNow(availability) ? 'Good' : 'Default',
    }),
    ...(view.matchedSkills.length > 0 ? [text(view.matchedSkills.join(', '), { spacing: 'Small' })] : []),
    ...(view.why ? [text(view.why, { isSubtle: true, size: 'Small', spacing: 'None' })] : []),
  ];
  return {
    type: 'Container',
    items: [
      {
        type: 'ColumnSet',
        columns: [avatar(view.displayName), { type: 'Column', width: 'stretch', items: details }],
      },
      {
        type: 'ActionSet',
        actions: [chatAction(view, topic, locale), ...notifyAction(view, notifyFrom, locale)],
      },
    ],
  };
}

function resultsActions(view: ResultsView, locale: Locale): unknown[] {
  const s = STRINGS[locale];
  const { search } = view;
  const next = search.skip + view.pageLength;
  const more = next < view.total ? [execute(s.showMore, { ...search, skip: next })] : [];
  const toggle = search.availableOnly
    ? execute(s.everyone, { ...search, availableOnly: false, skip: 0 })
    : execute(s.onlyAvailable, { ...search, availableOnly: true, skip: 0 });
  return [...more, toggle];
}

function header(view: ResultsView, locale: Locale): unknown[] {
  const s = STRINGS[locale];
  const { search } = view;
  const filters = s.filters(search);
  const range = s.range(search.skip + 1, search.skip + view.experts.length, view.total);
  return [
    title(s.resultsTitle(search.q)),
    text(filters ? `${range} · ${filters}` : range, { isSubtle: true, spacing: 'None' }),
    ...(view.corrected ? [text(s.corrected(search.q, view.corrected), { isSubtle: true })] : []),
  ];
}

export function resultsCard(view: ResultsView, locale: Locale): Card {
  const topic = view.corrected ?? view.search.q;
  return card(
    [
      ...header(view, locale),
      ...view.experts.map((e) => ({
        ...expert(e, topic, locale, view.notify ? view.search : undefined),
        separator: true,
      })),
    ],
    resultsActions(view, locale),
  );
}

/**
 * One person as a card of its own, for the message extension to insert into any conversation. Only
 * Action.OpenUrl: an inserted card is posted in the user's name where the bot may not be a member, so an
 * Action.Execute on it would reach no one.
 */
export function expertCard(view: ExpertView, topic: string, locale: Locale): Card {
  return card([expert(view, topic, locale)]);
}

/** The label for a person's presence, in the user's language (also the message extension's preview line). */
export function presenceLabel(availability: string, locale: Locale): string {
  return STRINGS[locale].presence[availabilityOf(availability)];
}

/** Nobody matched (or nobody available): say so, and offer the nearest skills as searches. */
export function nobodyCard(search: SearchData, suggestions: readonly string[], locale: Locale): Card {
  const s = STRINGS[locale];
  const everyone = search.availableOnly
    ? [execute(s.everyone, { ...search, availableOnly: false, skip: 0 })]
    : [];
  const offered = suggestions.map((label) => execute(label, { ...search, q: label, skip: 0 }));
  return card(
    [
      title(s.nobodyTitle(search.q)),
      text(search.availableOnly ? s.nobodyAvailable : s.nobodyText),
      ...(offered.length > 0 ? [text(s.suggestionsIntro, { spacing: 'Medium' })] : []),
    ],
    [...everyone, ...offered],
  );
}

function examples(locale: Locale) {
  return STRINGS[locale].helpExamples.map((example) => text(`• ${example}`, { spacing: 'None' }));
}

export function helpCard(locale: Locale): Card {
  const s = STRINGS[locale];
  return card([title(s.helpTitle), text(s.helpText), ...examples(locale)]);
}

export function welcomeCard(locale: Locale): Card {
  const s = STRINGS[locale];
  return card([title(s.welcomeTitle), text(s.welcomeText), text(s.helpText), ...examples(locale)]);
}

/** A short message as a card, so every answer has the same shape (and replaces a card in place). */
export function noticeCard(message: string): Card {
  return card([text(message)]);
}

/**
 * A time for Teams to show in the user's own time zone and format: Adaptive Cards' TIME() function, which takes
 * RFC 3339 without fractions of a second.
 */
export function cardTime(date: Date): string {
  return `{{TIME(${date.toISOString().replace(/\.\d{3}Z$/, 'Z')})}}`;
}

const back = (search: SearchData, locale: Locale) => execute(STRINGS[locale].backToResults, search);

/** The answer to "Notify me when available", replacing the results card; "Back" brings the results again. */
export function noticeAnswerCard(
  outcome: NoticeOutcome,
  person: WatchedPerson,
  search: SearchData,
  locale: Locale,
): Card {
  const s = STRINGS[locale];
  const name = person.displayName;
  switch (outcome.kind) {
    case 'watching':
      return card(
        [title(s.watchingTitle), text(s.watching(name, cardTime(outcome.expiresAt)))],
        [back(search, locale)],
      );
    case 'alreadyWatching':
      return card(
        [title(s.watchingTitle), text(s.alreadyWatching(name, cardTime(outcome.expiresAt)))],
        [back(search, locale)],
      );
    case 'availableNow':
      return card(
        [title(s.availableNowTitle(name)), text(s.availableNowText)],
        [chatAction(person, search.q, locale), back(search, locale)],
      );
  }
}

/** A notice refused (the limit, oneself): said so, with the way back to the results. */
export function noticeRefusedCard(message: string, search: SearchData, locale: Locale): Card {
  return card([text(message)], [back(search, locale)]);
}

/** The proactive message: the person became available, or the watch ended without that. */
export function noticeMessageCard(notice: StoredNotice, kind: NoticeKind): Card {
  const s = STRINGS[notice.locale];
  const { person, topic, locale } = notice;
  const body =
    kind === 'available'
      ? [title(s.availableNowTitle(person.displayName)), text(s.noticeAvailable(person.displayName, topic))]
      : [
          title(s.watchEndedTitle(person.displayName)),
          text(s.watchEnded(person.displayName, cardTime(notice.expiresAt))),
        ];
  return card(body, [chatAction(person, topic, locale)]);
}
