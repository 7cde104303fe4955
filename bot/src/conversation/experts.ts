// What the conversation and the message extension share: the turn as the channel describes it, who is asking,
// in which language, and a search's hits turned into the people a card shows.
import { explain, type Actor, type ConversationAddress, type ExpertResult } from '@samen/core';
import { negotiateLocale, type Locale } from '@samen/core/contract';
import { z } from 'zod';
import type { ExpertView } from './cards';

/** One incoming turn as the channel described it; nothing here is trusted. */
export interface Turn {
  readonly conversationId: string;
  /** The user's Entra object id as the channel sends it (Teams: `from.aadObjectId`). */
  readonly userId?: string;
  /** The client's locale (Teams: `activity.locale`, e.g. "nl-NL"). */
  readonly locale?: string;
  /**
   * A personal (1:1) chat with the bot. Only there are notices offered: an Action.Execute answer replaces the
   * card for everyone in a group chat or channel, and a later message there would be read by all.
   */
  readonly personal?: boolean;
  /** Where a later (proactive) message to this conversation goes: the channel's reference, opaque here. */
  readonly address?: ConversationAddress;
}

/** What the card needs of a person beyond the index: the directory's facts. */
export interface PersonFacts {
  readonly displayName: string;
  readonly jobTitle: string | null;
  readonly userPrincipalName: string;
}

export type PersonOf = (userId: string) => PersonFacts | undefined;

// Entra object ids are GUIDs; anything else the channel sends is not used as an identity.
const objectId = z.uuid();

/** Nobody: excludes no one from results. Used when the channel does not say who the user is. */
const ANONYMOUS: Actor = { userId: '' };

export function actorOf(turn: Turn): Actor {
  const parsed = objectId.safeParse(turn.userId);
  return parsed.success ? { userId: parsed.data.toLowerCase() } : ANONYMOUS;
}

export const localeOf = (turn: Turn): Locale => negotiateLocale(turn.locale);

/** The page's people as cards show them; someone the directory no longer has is left out. */
export function expertViews(
  results: readonly ExpertResult[],
  personOf: PersonOf,
  locale: Locale,
): ExpertView[] {
  return results.flatMap((hit): ExpertView[] => {
    const person = personOf(hit.userId);
    if (!person) return [];
    const why = explain(hit.why, locale);
    return [
      {
        ...person,
        userId: hit.userId,
        availability: hit.presence.availability,
        matchedSkills: hit.matchedSkills,
        why,
      },
    ];
  });
}
