/**
 * @jest-environment jsdom
 */
// Every card the bot can send, parsed and validated by the Adaptive Cards library Teams' renderer is built on.
// Its package entry is ES modules without file extensions, which Node cannot load (toolchain.md): the UMD
// bundle in dist/ is loaded instead, in jsdom because it expects a DOM.
import { COLLEAGUES, expertWorld } from './support/experts';
import {
  expertCard,
  helpCard,
  nobodyCard,
  noticeAnswerCard,
  noticeCard,
  noticeMessageCard,
  noticeRefusedCard,
  welcomeCard,
  type Card,
} from '../src/conversation/cards';
import type { StoredNotice } from '@samen/core';
import { STRINGS } from '../src/conversation/strings';
import { LOCALES } from '@samen/core/contract';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

function validationEvents(json: Card): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const events = [...Array(context.eventCount).keys()].map((i) => context.getEventAt(i).message);
  const results = card.validateProperties();
  const failures = [...Array(results.validationEvents.length).keys()].map(
    (i) => results.validationEvents[i]!.message,
  );
  return [...events, ...failures];
}

const turn = (locale: string) => ({ conversationId: 'c', locale });
const personal = (locale: string) => ({ ...turn(locale), personal: true, address: {} });

async function cardsFor(locale: string): Promise<Array<[string, Card]>> {
  const { conversation } = expertWorld();
  const search = { q: 'Kubernetes', availableOnly: false, skip: 0 };
  return [
    ['results', await conversation.answerMessage(turn(locale), 'who knows about Kubernetes')],
    [
      'results, available only',
      await conversation.answerMessage(turn(locale), 'Kubernetes expert available now'),
    ],
    ['last page', await conversation.answerAction(turn(locale), 'samen.search', { ...search, skip: 5 })],
    [
      'nobody, with suggestions',
      await conversation.answerMessage(turn(locale), 'Kubernetis operators department Legal'),
    ],
    ['nobody available', nobodyCard({ ...search, availableOnly: true }, [], 'en-US')],
    ['help', helpCard(locale === 'nl-NL' ? 'nl-NL' : 'en-US')],
    ['welcome', welcomeCard(locale === 'nl-NL' ? 'nl-NL' : 'en-US')],
    ['notice', noticeCard(STRINGS['en-US'].apology('REF'))],
    [
      'results in a personal chat, with "Notify me"',
      await conversation.answerMessage(personal(locale), 'who knows about Kubernetes'),
    ],
    ...(await extensionCardsFor(locale)),
    ...noticeCardsFor(locale === 'nl-NL' ? 'nl-NL' : 'en-US'),
  ];
}

/** The answers to "Notify me when available", and the proactive messages. */
function noticeCardsFor(locale: 'en-US' | 'nl-NL'): Array<[string, Card]> {
  const search = { q: 'Kubernetes', availableOnly: false, skip: 0, department: 'IT' };
  const person = { userId: COLLEAGUES[3]!.userId, displayName: 'Daan Smit', userPrincipalName: 'daan@x.nl' };
  const expiresAt = new Date('2026-12-07T17:00:00.123Z');
  const notice: StoredNotice = {
    id: '7',
    version: '1',
    watcherId: COLLEAGUES[0]!.userId,
    person,
    topic: 'Kubernetes',
    conversation: {},
    locale,
    createdAt: new Date('2026-12-07T09:00:00Z'),
    expiresAt,
  };
  const answer = (outcome: Parameters<typeof noticeAnswerCard>[0]) =>
    noticeAnswerCard(outcome, person, search, locale);
  return [
    ['notify: watching', answer({ kind: 'watching', expiresAt })],
    ['notify: already watching', answer({ kind: 'alreadyWatching', expiresAt })],
    [
      'notify: available now',
      answer({ kind: 'availableNow', presence: { availability: 'Available', activity: 'Available' } }),
    ],
    ['notify: refused', noticeRefusedCard(STRINGS[locale].noticeLimit(10), search, locale)],
    ['message: available', noticeMessageCard(notice, 'available')],
    ['message: watch ended', noticeMessageCard(notice, 'expired')],
  ];
}

/** Every card the message extension offers for insertion, one per person (with and without a job title). */
async function extensionCardsFor(locale: string): Promise<Array<[string, Card]>> {
  const { conversation } = expertWorld();
  const found = await conversation.answerQuery(turn(locale), {
    commandId: 'findExpert',
    parameters: [{ name: 'skill', value: 'Kubernetes' }],
  });
  const attachments = found.type === 'result' ? found.attachments : [];
  expect(attachments.length).toBeGreaterThan(5);
  const untitled = expertCard(
    {
      displayName: 'Mo',
      jobTitle: null,
      userPrincipalName: 'mo@x.nl',
      availability: 'x',
      matchedSkills: [],
      why: '',
    },
    'SAP',
    locale === 'nl-NL' ? 'nl-NL' : 'en-US',
  );
  return [
    ...attachments.map((a): [string, Card] => [`inserted card of ${a.preview.content.title}`, a.content]),
    ['inserted card without title, skills or why', untitled],
  ];
}

describe.each(LOCALES)('cards in %s', (locale) => {
  test('every card parses and validates without a single event', async () => {
    const cards = await cardsFor(locale);
    expect(COLLEAGUES.length).toBeGreaterThan(5);
    // The personal chat's results do offer "Notify me" (so its action is among what is validated).
    expect(JSON.stringify(cards)).toContain('"verb":"samen.notify"');
    for (const [name, json] of cards) {
      expect({ name, version: json.version }).toEqual({ name, version: '1.5' });
      expect({ name, events: validationEvents(json) }).toEqual({ name, events: [] });
    }
  });
});

test('times are written for Teams to show in the user’s own time zone, and the renderer formats them', () => {
  const [, card] = noticeCardsFor('en-US')[0]!;
  expect(JSON.stringify(card)).toContain('{{TIME(2026-12-07T17:00:00Z)}}');
  // The renderer writes plain text with innerText, which jsdom does not implement: as textContent here.
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    set(this: HTMLElement, value: string) {
      this.textContent = value;
    },
  });
  // It also warns that no markdown processor is set: plain text is what this checks.
  const quiet = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const rendered = new AC.AdaptiveCard();
  rendered.parse(card, new AC.SerializationContext());
  const text = rendered.render()!.textContent!;
  quiet.mockRestore();
  expect(text).toMatch(/until \d{1,2}:\d{2}/);
  expect(text).not.toContain('{{');
});

test('the validator does report a broken card (so the check above can fail)', () => {
  const broken = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'ColumnSet', columns: [{ type: 'Column', width: 'wide' }] }],
    actions: [{ type: 'Action.OpenUrl', title: 'x' }],
  } as unknown as Card;
  expect(validationEvents(broken).length).toBeGreaterThan(0);
});
