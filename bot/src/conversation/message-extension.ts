// The search-based message extension (manifest: composeExtensions, command `findExpert`): a typed skill in, a
// list of people out, each inserted into the conversation as a card of their own. Plain data both ways; the
// edge (bot/src/teams/samen-bot.ts) hands Teams' query value in and returns the result as the invoke's body.
import {
  findExperts,
  isTalentError,
  MAX_QUERY_LENGTH,
  type Actor,
  type ExpertiseIndex,
  type FindExpertsResult,
  type PresenceSource,
} from '@samen/core';
import type { Locale } from '@samen/core/contract';
import { z } from 'zod';
import { expertCard, presenceLabel, type Card, type ExpertView } from './cards';
import { expertViews, type PersonOf } from './experts';
import { STRINGS } from './strings';

/** The manifest's command and its one parameter (manifest/app/manifest.template.json). */
export const FIND_EXPERT_COMMAND = 'findExpert';
export const SKILL_PARAMETER = 'skill';

/** Teams asks for 25 at a time (queryOptions.count); more would only make the one presence request longer. */
export const EXTENSION_PAGE_SIZE = 25;

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const THUMBNAIL_CARD = 'application/vnd.microsoft.card.thumbnail';

/** What Teams shows in the result list; the Adaptive Card is what it inserts when one is picked. */
export interface ExtensionAttachment {
  contentType: typeof ADAPTIVE_CARD;
  content: Card;
  preview: {
    contentType: typeof THUMBNAIL_CARD;
    content: { title: string; subtitle?: string; text: string };
  };
}

/** Bot Framework's MessagingExtensionResult, the two kinds Samen answers with. */
export type ExtensionResult =
  | { type: 'result'; attachmentLayout: 'list'; attachments: ExtensionAttachment[] }
  | { type: 'message'; text: string };

export interface ExtensionDeps {
  readonly index: ExpertiseIndex;
  readonly presence: PresenceSource;
  readonly personOf: PersonOf;
}

export interface Asker {
  readonly actor: Actor;
  readonly locale: Locale;
}

// Teams' query value; a client can send anything, so every field is checked. Not strict: Teams adds fields
// (`state`, and `initialRun` as a parameter when the manifest asks for an initial run).
const extensionQuery = z.object({
  commandId: z.string().max(256),
  parameters: z
    .array(z.object({ name: z.string().max(256), value: z.unknown() }))
    .max(16)
    .optional(),
  queryOptions: z
    .object({
      skip: z.number().int().min(0).max(10_000).optional(),
      count: z.number().int().min(1).max(1000).optional(),
    })
    .optional(),
});
type ExtensionQuery = z.infer<typeof extensionQuery>;

const emptyList = (): ExtensionResult => ({ type: 'result', attachmentLayout: 'list', attachments: [] });

/** The typed skill, trimmed; '' when the box is empty or the parameter is missing (Teams' initial run). */
function skillOf(query: ExtensionQuery): string {
  const value = query.parameters?.find((parameter) => parameter.name === SKILL_PARAMETER)?.value;
  return typeof value === 'string' ? value.trim() : '';
}

/** Answers one `composeExtension/query`: one findExperts call (one presence request) per typed skill. */
export async function answerExtensionQuery(
  deps: ExtensionDeps,
  asker: Asker,
  value: unknown,
): Promise<ExtensionResult> {
  const s = STRINGS[asker.locale];
  const parsed = extensionQuery.safeParse(value);
  if (!parsed.success || parsed.data.commandId !== FIND_EXPERT_COMMAND)
    return { type: 'message', text: s.extensionUnknownCommand };
  const skill = skillOf(parsed.data);
  // An empty box is not a question yet: an empty list is what Teams shows as "type to search", no error.
  if (skill === '') return emptyList();
  if (skill.length > MAX_QUERY_LENGTH) return { type: 'message', text: s.extensionTooLong };
  try {
    const found = await find(deps, asker, skill, parsed.data);
    return answerFor(found, skill, deps.personOf, asker.locale);
  } catch (error) {
    // Nothing left once core cleans the text (invisible characters only): an empty box.
    if (isTalentError(error, 'talent.query.empty')) return emptyList();
    // Too long once cleaned is the one other refusal zod's bounds leave possible: the user's to fix.
    if (isTalentError(error, 'talent.query.too-long')) return { type: 'message', text: s.extensionTooLong };
    throw error;
  }
}

function find(deps: ExtensionDeps, asker: Asker, skill: string, query: ExtensionQuery) {
  const count = query.queryOptions?.count ?? EXTENSION_PAGE_SIZE;
  return findExperts({ index: deps.index, presence: deps.presence }, asker.actor, {
    text: skill,
    top: Math.min(count, EXTENSION_PAGE_SIZE),
    skip: query.queryOptions?.skip ?? 0,
    locale: asker.locale,
  });
}

function answerFor(
  found: FindExpertsResult,
  skill: string,
  personOf: PersonOf,
  locale: Locale,
): ExtensionResult {
  // Scrolled past the last person: an empty page ends Teams' list; "nobody found" would be wrong there.
  if (found.results.length === 0 && found.total > 0) return emptyList();
  if (found.results.length === 0) {
    // Offering back what was typed would be a dead end (core suggests it when only the asker has it).
    const typed = skill.toLocaleLowerCase(locale);
    const suggestions = found.suggestions
      .map((suggestion) => suggestion.label)
      .filter((label) => label.toLocaleLowerCase(locale) !== typed);
    return { type: 'message', text: STRINGS[locale].extensionNobody(skill, suggestions) };
  }
  const topic = found.interpretation.corrected ?? skill;
  const attachments = expertViews(found.results, personOf, locale).map((view) =>
    attachmentOf(view, topic, locale),
  );
  return { type: 'result', attachmentLayout: 'list', attachments };
}

function attachmentOf(view: ExpertView, topic: string, locale: Locale): ExtensionAttachment {
  return {
    contentType: ADAPTIVE_CARD,
    content: expertCard(view, topic, locale),
    preview: {
      contentType: THUMBNAIL_CARD,
      content: {
        title: view.displayName,
        ...(view.jobTitle ? { subtitle: view.jobTitle } : {}),
        text: presenceLabel(view.availability, locale),
      },
    },
  };
}
