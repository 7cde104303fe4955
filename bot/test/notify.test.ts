// "Notify me when available" through botbuilder's TestAdapter: the click, the answer card, and — with a fixed
// clock and explicit poll rounds, no timers — the proactive message through the edge's ProactiveNoticeSender.
import {
  TestAdapter,
  TurnContext,
  type Activity,
  type ClaimsIdentity,
  type ConversationReference,
} from 'botbuilder';
import { MAX_PENDING_PER_WATCHER, pollNotices, type Notice } from '@samen/core';
import { NOTIFY_VERB, SEARCH_VERB } from '../src/conversation/cards';
import { SamenBot } from '../src/teams/samen-bot';
import { ProactiveNoticeSender } from '../src/teams/proactive-sender';
import { actionTitled, actionsOf, cardOf, namesOf, textsOf } from './support/cards';
import { COLLEAGUES, expertWorld, userIdOf } from './support/experts';

const ASKER = '11111111-2222-4333-8444-555555555555';
const PERSONAL = { id: 'a:1personal-chat', conversationType: 'personal', tenantId: 'tenant-1' };
const CHANNEL = { id: '19:general@thread.tacv2', conversationType: 'channel', isGroup: true };
const HOUR = 60 * 60 * 1000;
const NOTIFY = 'Notify me when available';

type Logic = (context: TurnContext) => Promise<void>;

/** TestAdapter cannot continue a conversation; this one can, the way CloudAdapter does it: a turn on the reference. */
class ProactiveTestAdapter extends TestAdapter {
  readonly continued: Array<Partial<ConversationReference>> = [];

  override async continueConversationAsync(
    _botAppIdOrClaimsIdentity: string | ClaimsIdentity,
    reference: Partial<ConversationReference>,
    logicOrAudience: Logic | string,
    maybeLogic?: Logic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic!;
    this.continued.push(reference);
    const activity = TurnContext.applyConversationReference({ type: 'event' }, reference, true);
    await logic(new TurnContext(this, activity));
  }
}

function setup() {
  const world = expertWorld();
  const bot = new SamenBot(world.conversation);
  const adapter = new ProactiveTestAdapter(async (context) => bot.run(context));
  const sender = new ProactiveNoticeSender(adapter, '');
  const logged: string[] = [];
  const poll = () =>
    pollNotices(
      {
        store: world.notices,
        presence: world.presence,
        sender,
        claimant: 'test',
        log: (m) => void logged.push(m),
      },
      world.clock.now(),
    );
  return { ...world, adapter, poll, pollLog: logged };
}

const from = (aadObjectId?: string) => ({
  id: '29:asker',
  name: 'Asker',
  ...(aadObjectId ? { aadObjectId } : {}),
});

const message = (text: string, locale = 'en-US', conversation: object = PERSONAL): Partial<Activity> => ({
  type: 'message',
  text,
  locale,
  conversation: conversation as Activity['conversation'],
  from: from(ASKER),
});

const cardAction = (
  data: unknown,
  { locale = 'en-US', conversation = PERSONAL as object, aadObjectId = ASKER as string | undefined } = {},
): Partial<Activity> => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  locale,
  conversation: conversation as Activity['conversation'],
  from: from(aadObjectId),
  value: { action: { type: 'Action.Execute', verb: NOTIFY_VERB, data }, trigger: 'manual' },
});

function invokeCard(activity: Partial<Activity>): Record<string, unknown> {
  expect(activity.type).toBe('invokeResponse');
  return (activity.value as { body: { value: Record<string, unknown> } }).body.value;
}

/** The "Notify me" action under a person on a results card. */
function notifyActionFor(card: unknown, name: string): Record<string, unknown> {
  const person = COLLEAGUES.find((c) => c.displayName === name)!;
  const action = actionsOf(card).find(
    (a) => a.verb === NOTIFY_VERB && (a.data as { personId: string }).personId === person.userId,
  );
  expect(action).toBeDefined();
  return action!;
}

async function resultsCard(adapter: TestAdapter, text: string, locale = 'en-US') {
  let card: Record<string, unknown> = {};
  await adapter.send(message(text, locale)).assertReply((reply) => void (card = cardOf(reply)));
  return card;
}

const search = { q: 'Kubernetes', availableOnly: false, skip: 0 };

describe('the button', () => {
  test('in a personal chat, everyone not available now has "Notify me when available"; the available do not', async () => {
    const { adapter } = setup();
    const card = await resultsCard(adapter, 'who knows about Kubernetes');
    const notifyFor = actionsOf(card)
      .filter((a) => a.verb === NOTIFY_VERB)
      .map((a) => COLLEAGUES.find((c) => c.userId === (a.data as { personId: string }).personId)!);
    const shown = namesOf(card).map((name) => COLLEAGUES.find((c) => c.displayName === name)!);
    expect(notifyFor.map((c) => c.displayName)).toEqual(
      shown.filter((c) => !['Available', 'AvailableIdle'].includes(c.availability)).map((c) => c.displayName),
    );
    expect(notifyFor.length).toBeGreaterThan(0);
    notifyFor.forEach((c) =>
      expect(notifyActionFor(card, c.displayName)).toMatchObject({ title: NOTIFY, data: { search } }),
    );
  });

  test('in a channel there is none: the answer and the later message would be everyone’s', async () => {
    const { adapter } = setup();
    await adapter.send(message('who knows about Kubernetes', 'en-US', CHANNEL)).assertReply((reply) => {
      expect(namesOf(cardOf(reply))).toHaveLength(5);
      expect(actionsOf(cardOf(reply)).filter((a) => a.verb === NOTIFY_VERB)).toEqual([]);
    });
  });
});

describe('notify when available, end to end with a fixed clock', () => {
  test('the click confirms until when; Samen sends one message when Daan becomes available', async () => {
    const { adapter, presence, clock, notices, poll } = setup();
    const card = await resultsCard(adapter, 'who knows about Kubernetes');
    const daan = userIdOf('Daan Smit');

    await adapter.send(cardAction(notifyActionFor(card, 'Daan Smit').data)).assertReply((reply) => {
      const answer = invokeCard(reply);
      expect(textsOf(answer)).toEqual([
        'I’ll let you know',
        'I’ll send you a message here as soon as Daan Smit is available. I’ll keep watching for eight hours, until {{TIME(2026-12-07T17:00:00Z)}}.',
      ]);
      expect(actionTitled(answer, 'Back to the results')).toMatchObject({ verb: SEARCH_VERB, data: search });
    });
    const [stored] = (await notices.pending()).notices;
    expect(stored).toMatchObject({ watcherId: ASKER, person: { userId: daan, displayName: 'Daan Smit' } });

    presence.calls.splice(0);
    clock.advance(HOUR);
    expect(await poll()).toMatchObject({ watched: 1, presenceRequests: 1, delivered: 0 });
    expect(presence.calls).toEqual([[daan]]);
    expect(adapter.activeQueue).toHaveLength(0);

    presence.set(daan, 'Available');
    clock.advance(30_000);
    expect(await poll()).toMatchObject({ delivered: 1 });
    const sent = adapter.getNextReply();
    const notice = cardOf(sent);
    expect(textsOf(notice)).toEqual([
      'Daan Smit is available now',
      'You asked me to tell you when Daan Smit is available, about “Kubernetes”. Now is a good moment.',
    ]);
    const chat = new URL(String(actionTitled(notice, 'Chat')!.url));
    expect(chat.searchParams.get('users')).toBe('daan.smit@samendev.onmicrosoft.com');
    // To the personal chat it was asked in, to the asker, not as a reply to the click.
    expect(sent.conversation).toMatchObject({ id: PERSONAL.id, conversationType: 'personal' });
    expect(adapter.continued[0]!.activityId).toBeUndefined();
    expect(adapter.continued[0]).toMatchObject({ user: { aadObjectId: ASKER } });

    clock.advance(30_000);
    expect(await poll()).toMatchObject({ pending: 0, presenceRequests: 0 });
    expect(adapter.activeQueue).toHaveLength(0);
  });

  test('in Dutch: the confirmation, and after eight hours the message that Eva did not become available', async () => {
    const { adapter, clock, notices, poll } = setup();
    const card = await resultsCard(adapter, 'wie weet iets van Kubernetes', 'nl-NL');
    await adapter
      .send(cardAction(notifyActionFor(card, 'Eva Visser').data, { locale: 'nl-NL' }))
      .assertReply((reply) => {
        expect(textsOf(invokeCard(reply))).toEqual([
          'Ik laat het je weten',
          'Zodra Eva Visser beschikbaar is, stuur ik je hier een bericht. Ik let acht uur op, tot {{TIME(2026-12-07T17:00:00Z)}}.',
        ]);
        expect(actionTitled(invokeCard(reply), 'Terug naar de resultaten')).toBeDefined();
      });
    clock.advance(8 * HOUR - 1);
    expect(await poll()).toMatchObject({ ended: 0 });
    clock.advance(1);
    expect(await poll()).toMatchObject({ ended: 1, presenceRequests: 0 });
    expect(textsOf(cardOf(adapter.getNextReply()))).toEqual([
      'Eva Visser werd niet beschikbaar',
      'Ik heb acht uur opgelet, tot {{TIME(2026-12-07T17:00:00Z)}}, en Eva Visser was niet beschikbaar. Je kunt nog steeds een chatbericht sturen.',
    ]);
    expect((await notices.pending()).notices).toEqual([]);
  });

  test('a second click says it was asked already, and keeps one notice', async () => {
    const { adapter, clock, notices } = setup();
    const data = notifyActionFor(await resultsCard(adapter, 'who knows about Kubernetes'), 'Daan Smit').data;
    await adapter.send(cardAction(data)).assertReply(() => undefined);
    clock.advance(HOUR);
    await adapter
      .send(cardAction(data))
      .assertReply((reply) =>
        expect(textsOf(invokeCard(reply))[1]).toBe(
          'You already asked: I’ll tell you here when Daan Smit is available (until {{TIME(2026-12-07T17:00:00Z)}}).',
        ),
      );
    expect((await notices.pending()).notices).toHaveLength(1);
  });

  test('someone who became available since the card was sent is said to be so, with a chat button', async () => {
    const { adapter, presence, notices } = setup();
    const data = notifyActionFor(await resultsCard(adapter, 'who knows about Kubernetes'), 'Daan Smit').data;
    presence.set(userIdOf('Daan Smit'), 'Available');
    await adapter.send(cardAction(data)).assertReply((reply) => {
      const answer = invokeCard(reply);
      expect(textsOf(answer)).toEqual(['Daan Smit is available now', 'No need to wait: start a chat now.']);
      expect(actionTitled(answer, 'Chat')).toBeDefined();
    });
    expect((await notices.pending()).notices).toEqual([]);
  });
});

describe('refused, in the user’s language, with the way back', () => {
  const daanData = { personId: userIdOf('Daan Smit'), search };

  test(`more than ${MAX_PENDING_PER_WATCHER} pending notices`, async () => {
    const { adapter, notices, clock } = setup();
    for (let n = 0; n < MAX_PENDING_PER_WATCHER; n += 1) {
      const notice: Notice = {
        watcherId: ASKER,
        person: {
          userId: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
          displayName: 'X',
          userPrincipalName: 'x@x',
        },
        topic: 'x',
        conversation: {},
        locale: 'en-US',
        createdAt: clock.now(),
        expiresAt: new Date(clock.now().getTime() + HOUR),
      };
      await notices.create(notice);
    }
    await adapter.send(cardAction(daanData, { locale: 'nl-NL' })).assertReply((reply) => {
      const answer = invokeCard(reply);
      expect(textsOf(answer)).toEqual([
        'Je wacht al op 10 collega’s. Vraag het opnieuw zodra ik je over een van hen iets heb laten weten.',
      ]);
      expect(actionTitled(answer, 'Terug naar de resultaten')).toMatchObject({ data: search });
    });
  });

  test.each([
    [
      'yourself',
      { ...daanData },
      { aadObjectId: userIdOf('Daan Smit') },
      'That is you: I cannot tell you when you are available.',
    ],
    [
      'without an identity',
      daanData,
      { aadObjectId: '' },
      'I cannot tell who you are here, so I cannot send you a message later.',
    ],
    [
      'with an id that is no object id',
      daanData,
      { aadObjectId: 'Asker' },
      'I cannot tell who you are here, so I cannot send you a message later.',
    ],
    [
      'from a channel',
      daanData,
      { conversation: CHANNEL },
      'I can only send you such a message in a personal chat with me.',
    ],
  ])('%s', async (_name, data, options, expected) => {
    const { adapter, notices } = setup();
    await adapter.send(cardAction(data, options)).assertReply((reply) => {
      expect(textsOf(invokeCard(reply))).toEqual([expected]);
      expect(actionTitled(invokeCard(reply), 'Back to the results')).toBeDefined();
    });
    expect((await notices.pending()).notices).toEqual([]);
  });

  test.each([
    [{ personId: 'Daan Smit', search }],
    [{ personId: userIdOf('Daan Smit') }],
    [{ personId: userIdOf('Daan Smit'), search: { ...search, skip: -1 } }],
    [{ personId: '99999999-0000-4000-8000-000000000000', search }],
    [null],
    ['notify everyone'],
  ])('tampered card data %j gets a localised notice, not a crash, and no notice', async (data) => {
    const { adapter, notices, presence } = setup();
    await adapter
      .send(cardAction(data, { locale: 'nl-NL' }))
      .assertReply((reply) =>
        expect(textsOf(invokeCard(reply))).toEqual(['Deze knop werkt niet meer. Stel je vraag opnieuw.']),
      );
    expect((await notices.pending()).notices).toEqual([]);
    expect(presence.calls).toEqual([]);
  });
});

test('a stored reference botbuilder could not use is a failed send, logged with the notice id, retried', async () => {
  const { notices, presence, clock, poll, pollLog } = setup();
  await notices.create({
    watcherId: ASKER,
    person: { userId: userIdOf('Daan Smit'), displayName: 'Daan Smit', userPrincipalName: 'daan@x' },
    topic: 'Kubernetes',
    conversation: { serviceUrl: 'not a url', conversation: { id: 'a:1' } },
    locale: 'en-US',
    createdAt: clock.now(),
    expiresAt: new Date(clock.now().getTime() + HOUR),
  });
  presence.set(userIdOf('Daan Smit'), 'Available');
  expect(await poll()).toMatchObject({ delivered: 0, failed: 1 });
  const [kept] = (await notices.pending()).notices;
  expect(pollLog).toEqual([`notice ${kept!.id} (available) not delivered; trying again next round`]);
});
