// Adaptive Cards (schema 1.5, the newest Teams renders) as plain JSON: no botbuilder, no SDK types, so the
// conversation's tests can build and validate them on their own.
import { availabilityOf, isAvailableNow, type Locale } from '@samen/core/contract';
import { STRINGS, type Filters } from './strings';

export type Card = Record<string, unknown> & { type: 'AdaptiveCard'; version: '1.5' };

/** The one Action.Execute verb: run a search; its data says which (see `searchData` in conversation.ts). */
export const SEARCH_VERB = 'samen.search';

export interface SearchData extends Filters {
  readonly q: string;
  readonly skip: number;
}

export interface ExpertView {
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
// can fetch; the tile costs nothing and renders in every host.
function avatar(name: string) {
  return {
    type: 'Column',
    width: '40px',
    items: [
      {
        type: 'Container',
        style: 'accent',
        minHeight: '40px',
        verticalContentAlignment: 'Center',
        items: [text(initials(name), { weight: 'Bolder', horizontalAlignment: 'Center' })],
      },
    ],
  };
}

function expert(view: ExpertView, topic: string, locale: Locale) {
  const s = STRINGS[locale];
  const availability = availabilityOf(view.availability);
  const firstName = view.displayName.split(/\s+/u)[0] ?? view.displayName;
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
        actions: [
          {
            type: 'Action.OpenUrl',
            title: s.chat,
            url: chatLink(view.userPrincipalName, s.chatDraft(firstName, topic)),
          },
        ],
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
    [...header(view, locale), ...view.experts.map((e) => ({ ...expert(e, topic, locale), separator: true }))],
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
