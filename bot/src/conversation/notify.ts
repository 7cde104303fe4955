// "Notify me when available" pressed on a results card: checked, handed to core's requestNotice, answered with
// a card that replaces the results (and leads back to them). The watcher is the turn's validated identity; the
// card's data only names whom to watch, and that person is looked up in the directory, not read from the card.
import { isNoticeError, MAX_PENDING_PER_WATCHER, requestNotice, type NoticeErrorCode } from '@samen/core';
import type { Locale } from '@samen/core/contract';
import { z } from 'zod';
import { noticeAnswerCard, noticeCard, noticeRefusedCard, type Card, type SearchData } from './cards';
import type { ConversationDeps } from './conversation';
import { searchData, withoutUndefined } from './search-data';
import { actorOf, type Turn } from './experts';
import { STRINGS } from './strings';

// Not strict, like the search data: a host may add fields of its own.
const notifyData = z.object({ personId: z.uuid(), search: searchData });

function refusal(code: NoticeErrorCode, locale: Locale): string {
  const s = STRINGS[locale];
  switch (code) {
    case 'notices.self':
      return s.noticeSelf;
    case 'notices.limit':
      return s.noticeLimit(MAX_PENDING_PER_WATCHER);
    case 'notices.anonymous':
      return s.noticeAnonymous;
    case 'notices.invalid-request':
      return s.staleAction;
  }
}

export async function answerNotify(
  deps: ConversationDeps,
  turn: Turn,
  data: unknown,
  locale: Locale,
): Promise<Card> {
  const parsed = notifyData.safeParse(data);
  if (!parsed.success) return noticeCard(STRINGS[locale].staleAction);
  const search: SearchData = withoutUndefined(parsed.data.search);
  // Only in a personal chat (see Turn.personal); a card from elsewhere never offered the button.
  if (!turn.personal || !turn.address)
    return noticeRefusedCard(STRINGS[locale].noticeOnlyPersonal, search, locale);
  const userId = parsed.data.personId.toLowerCase();
  const facts = deps.personOf(userId);
  if (!facts) return noticeCard(STRINGS[locale].staleAction);
  const person = { userId, displayName: facts.displayName, userPrincipalName: facts.userPrincipalName };
  try {
    const outcome = await requestNotice(
      { store: deps.notices.store, presence: deps.presence, clock: deps.notices.clock },
      actorOf(turn),
      { person, topic: search.q, conversation: turn.address, locale },
    );
    return noticeAnswerCard(outcome, person, search, locale);
  } catch (error) {
    if (isNoticeError(error)) return noticeRefusedCard(refusal(error.code, locale), search, locale);
    throw error;
  }
}
