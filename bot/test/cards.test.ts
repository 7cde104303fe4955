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
  noticeCard,
  welcomeCard,
  type Card,
} from '../src/conversation/cards';
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
    ...(await extensionCardsFor(locale)),
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
    for (const [name, json] of cards) {
      expect({ name, version: json.version }).toEqual({ name, version: '1.5' });
      expect({ name, events: validationEvents(json) }).toEqual({ name, events: [] });
    }
  });
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
