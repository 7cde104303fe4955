// The bot's conversation, without botbuilder: a turn comes in as plain data (text, locale, the channel's user
// id), a card goes out. The edge (bot/src/teams/) adapts botbuilder's activities to this and back.
import {
  findExperts,
  isTalentError,
  type Clock,
  type ExpertiseIndex,
  type FindExpertsResult,
  type NoticeStore,
  type PresenceSource,
} from '@samen/core';
import type { Locale } from '@samen/core/contract';
import {
  helpCard,
  noticeCard,
  nobodyCard,
  resultsCard,
  NOTIFY_VERB,
  SEARCH_VERB,
  welcomeCard,
  type Card,
  type SearchData,
} from './cards';
import { actorOf, expertViews, localeOf, type PersonOf, type Turn } from './experts';
import { LastSearches } from './last-searches';
import { answerExtensionQuery, type ExtensionResult } from './message-extension';
import { answerNotify } from './notify';
import { searchData, withoutUndefined } from './search-data';
import { parseRequest, type ExpertQuestion } from './question';
import { STRINGS } from './strings';

/** People per card: a Teams card stays readable on a phone with five. */
export const PAGE_SIZE = 5;

export { actorOf, type PersonFacts, type Turn } from './experts';

export interface ConversationDeps {
  readonly index: ExpertiseIndex;
  readonly presence: PresenceSource;
  readonly personOf: PersonOf;
  /** A short id for an error, shown to the person and logged with the details. */
  readonly newReference: () => string;
  readonly log: (message: string, error: unknown) => void;
  /** Pending "tell me when they are available" notices, and the time they are asked at. */
  readonly notices: { readonly store: NoticeStore; readonly clock: Clock };
  /** Remembered searches for "more"; one per conversation and user. */
  readonly lastSearches?: LastSearches;
}

function searchOf(question: ExpertQuestion): SearchData {
  return {
    q: question.topic,
    availableOnly: question.availableOnly,
    ...(question.department ? { department: question.department } : {}),
    ...(question.location ? { location: question.location } : {}),
    skip: 0,
  };
}

export class ExpertConversation {
  private readonly lastSearches: LastSearches;

  constructor(private readonly deps: ConversationDeps) {
    this.lastSearches = deps.lastSearches ?? new LastSearches();
  }

  /** The answer to a message: a results card, help, or a short notice. Never throws. */
  async answerMessage(turn: Turn, text: string): Promise<Card> {
    const locale = localeOf(turn);
    return this.guarded(locale, async () => {
      const request = parseRequest(text);
      const s = STRINGS[locale];
      switch (request.kind) {
        case 'help':
          return helpCard(locale);
        case 'tooLong':
          return noticeCard(s.tooLong);
        case 'noTopic':
          return noticeCard(s.noTopic);
        case 'more':
          return this.more(turn, locale);
        case 'ask':
          return this.search(turn, searchOf(request.question), locale);
      }
    });
  }

  /** The card that replaces the one whose Action.Execute was pressed. Never throws. */
  async answerAction(turn: Turn, verb: unknown, data: unknown): Promise<Card> {
    const locale = localeOf(turn);
    return this.guarded(locale, async () => {
      if (verb === NOTIFY_VERB) return answerNotify(this.deps, turn, data, locale);
      if (verb !== SEARCH_VERB) return noticeCard(STRINGS[locale].unknownAction);
      const parsed = searchData.safeParse(data);
      if (!parsed.success) return noticeCard(STRINGS[locale].staleAction);
      return this.search(turn, withoutUndefined(parsed.data), locale);
    });
  }

  /** The message extension's answer to a typed skill (`composeExtension/query`). Never throws. */
  async answerQuery(turn: Turn, query: unknown): Promise<ExtensionResult> {
    const locale = localeOf(turn);
    try {
      return await answerExtensionQuery(this.deps, { actor: actorOf(turn), locale }, query);
    } catch (error) {
      const reference = this.deps.newReference();
      this.deps.log(`message extension query failed (reference ${reference})`, error);
      return { type: 'message', text: STRINGS[locale].apology(reference) };
    }
  }

  welcome(turn: Turn): Card {
    return welcomeCard(localeOf(turn));
  }

  private async more(turn: Turn, locale: Locale): Promise<Card> {
    const last = this.lastSearches.get(keyOf(turn));
    if (!last) return noticeCard(STRINGS[locale].nothingMore);
    return this.search(turn, { ...last, skip: last.skip + PAGE_SIZE }, locale);
  }

  private async search(turn: Turn, search: SearchData, locale: Locale): Promise<Card> {
    const found = await this.find(turn, search, locale);
    this.lastSearches.set(keyOf(turn), search);
    if (found.results.length === 0 && search.skip > 0 && found.total > 0)
      return noticeCard(STRINGS[locale].endOfResults);
    if (found.results.length === 0)
      return nobodyCard(
        search,
        found.suggestions.map((s) => s.label),
        locale,
      );
    const experts = expertViews(found.results, this.deps.personOf, locale);
    const corrected = found.interpretation.corrected;
    return resultsCard(
      {
        search,
        total: found.total,
        experts,
        pageLength: found.results.length,
        notify: turn.personal === true,
        ...(corrected ? { corrected } : {}),
      },
      locale,
    );
  }

  // One findExperts call per answer: one presence request when anyone matches (core's rule).
  private find(turn: Turn, search: SearchData, locale: Locale): Promise<FindExpertsResult> {
    return findExperts({ index: this.deps.index, presence: this.deps.presence }, actorOf(turn), {
      text: search.q,
      availableNow: search.availableOnly,
      ...(search.department ? { department: search.department } : {}),
      ...(search.location ? { location: search.location } : {}),
      top: PAGE_SIZE,
      skip: search.skip,
      locale,
    });
  }

  // People read a short apology with a reference; the details go to the log under the same reference.
  private async guarded(locale: Locale, answer: () => Promise<Card>): Promise<Card> {
    try {
      return await answer();
    } catch (error) {
      // The domain refused the search (too long once cleaned, bad paging from a tampered card): not a fault.
      if (isTalentError(error)) return noticeCard(STRINGS[locale].staleAction);
      const reference = this.deps.newReference();
      this.deps.log(`bot turn failed (reference ${reference})`, error);
      return noticeCard(STRINGS[locale].apology(reference));
    }
  }
}

const keyOf = (turn: Turn) => `${turn.conversationId}\u0000${actorOf(turn).userId}`;
