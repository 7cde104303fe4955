// The conversation through botbuilder's TestAdapter: activities in, cards out, against core's real index.
import { TestAdapter, type Activity } from 'botbuilder';
import { SEARCH_VERB } from '../src/conversation/cards';
import { SamenBot } from '../src/teams/samen-bot';
import { actionTitled, actionsOf, cardOf, namesOf, textsOf } from './support/cards';
import { COLLEAGUES, expertWorld, userIdOf } from './support/experts';

const KUBERNETES_PEOPLE = COLLEAGUES.filter((c) => c.skills?.includes('Kubernetes')).map(
  (c) => c.displayName,
);
const AVAILABLE_KUBERNETES = ['Chloé Bakker', 'Gijs de Boer'];
const ASKER = '11111111-2222-4333-8444-555555555555';

function setup(options: Parameters<typeof expertWorld>[0] = {}) {
  const world = expertWorld(options);
  const bot = new SamenBot(world.conversation);
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return { ...world, adapter };
}

const message = (text: string, locale = 'en-US', aadObjectId = ASKER): Partial<Activity> => ({
  type: 'message',
  text,
  locale,
  from: { id: '29:asker', name: 'Asker', aadObjectId },
});

const cardAction = (data: unknown, locale = 'en-US', verb: unknown = SEARCH_VERB): Partial<Activity> => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  locale,
  from: { id: '29:asker', name: 'Asker', aadObjectId: ASKER },
  value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
});

/** The card an Action.Execute answered with (the invoke response the adapter would put in the HTTP body). */
function invokeCard(activity: Partial<Activity>): Record<string, unknown> {
  expect(activity.type).toBe('invokeResponse');
  const { status, body } = activity.value as {
    status: number;
    body: { statusCode: number; type: string; value: unknown };
  };
  expect(status).toBe(200);
  expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
  return body.value as Record<string, unknown>;
}

describe('asking in English', () => {
  test('answers with the top five, their presence, skills, why-line and a chat link naming the topic', async () => {
    const { adapter, presence } = setup();
    await adapter.send(message('who knows about Kubernetes?')).assertReply((reply) => {
      const card = cardOf(reply);
      expect(card.version).toBe('1.5');
      const names = namesOf(card);
      expect(names).toHaveLength(5);
      names.forEach((name) => expect(KUBERNETES_PEOPLE).toContain(name));
      const texts = textsOf(card);
      expect(texts[0]).toBe('Colleagues who know about “Kubernetes”');
      expect(texts[1]).toBe('1–5 of 8');
      expect(texts).toContain('Kubernetes');
      expect(texts.some((t) => t.startsWith('skills: Kubernetes'))).toBe(true);
      const chloe = COLLEAGUES.find((c) => c.displayName === 'Chloé Bakker')!;
      expect(texts).toContain(names.includes(chloe.displayName) ? 'Available' : 'Offline');
      const chat = actionsOf(card).find((a) => a.type === 'Action.OpenUrl')!;
      const url = new URL(String(chat.url));
      expect(url.origin + url.pathname).toBe('https://teams.microsoft.com/l/chat/0/0');
      expect(url.searchParams.get('users')).toMatch(/@samendev\.onmicrosoft\.com$/);
      expect(url.searchParams.get('message')).toMatch(/^Hi \S+, Samen tells me you know about Kubernetes\./);
      expect(actionTitled(card, 'Show more')).toMatchObject({ type: 'Action.Execute', verb: SEARCH_VERB });
      expect(actionTitled(card, 'Only available now')).toMatchObject({ type: 'Action.Execute' });
    });
    expect(presence.calls).toHaveLength(1);
  });

  test.each([
    'anyone with Kubernetes experience',
    'expert in Kubernetes',
    '<at>Samen</at> who knows about Kubernetes',
    'Kubernetes',
  ])('%s gets the same people (mentions stripped)', async (text) => {
    const { adapter } = setup();
    await adapter.send(message(text)).assertReply((reply) => {
      expect(textsOf(cardOf(reply))[0]).toBe('Colleagues who know about “Kubernetes”');
      expect(namesOf(cardOf(reply))).toHaveLength(5);
    });
  });

  test('"available now" in the question keeps only people who are available', async () => {
    const { adapter } = setup();
    await adapter.send(message('Kubernetes expert available now')).assertReply((reply) => {
      const card = cardOf(reply);
      expect(namesOf(card).sort()).toEqual([...AVAILABLE_KUBERNETES].sort());
      expect(textsOf(card)[1]).toBe('1–2 of 2 · available now');
      expect(actionTitled(card, 'Everyone, not only available')).toBeDefined();
    });
  });

  test('a department said in the question filters on it', async () => {
    const { adapter } = setup();
    await adapter
      .send(message('who knows about fiber sales in the Sales department'))
      .assertReply((reply) => {
        expect(namesOf(cardOf(reply)).sort()).toEqual(['Anna de Vries', 'Bram Jansen']);
        expect(textsOf(cardOf(reply))[1]).toBe('1–2 of 2 · department Sales');
      });
  });
});

describe('asking in Dutch', () => {
  test('answers in Dutch: title, presence labels and a Dutch first line for the chat', async () => {
    const { adapter } = setup();
    await adapter.send(message('wie weet iets van glasvezel?', 'nl-NL')).assertReply((reply) => {
      const card = cardOf(reply);
      const texts = textsOf(card);
      expect(texts[0]).toBe('Collega’s die verstand hebben van ‘glasvezel’');
      expect(namesOf(card)[0]).toBe('Anna de Vries');
      expect(texts).toContain('Beschikbaar');
      const chat = actionsOf(card).find((a) => a.title === 'Chatten')!;
      expect(new URL(String(chat.url)).searchParams.get('message')).toBe(
        'Hoi Anna, via Samen zag ik dat je verstand hebt van glasvezel. Heb je even?',
      );
      expect(actionTitled(card, 'Alleen nu beschikbaar')).toBeDefined();
    });
  });

  test('"ik zoek iemand die X kan" with a Belgian Dutch client', async () => {
    const { adapter } = setup();
    await adapter.send(message('ik zoek iemand die Kubernetes kan', 'nl-BE')).assertReply((reply) => {
      expect(textsOf(cardOf(reply))[1]).toBe('1–5 van 8');
    });
  });
});

describe('paging and refreshing', () => {
  test('typing "more" shows the next people, and then says that was everyone', async () => {
    const { adapter } = setup();
    const seen: string[] = [];
    await adapter
      .send(message('who knows about Kubernetes'))
      .assertReply((reply) => void seen.push(...namesOf(cardOf(reply))))
      .send(message('more'))
      .assertReply((reply) => {
        const card = cardOf(reply);
        expect(textsOf(card)[1]).toBe('6–8 of 8');
        expect(actionTitled(card, 'Show more')).toBeUndefined();
        seen.push(...namesOf(card));
      })
      .send(message('meer', 'nl-NL'))
      .assertReply((reply) => expect(textsOf(cardOf(reply))).toEqual(['Dat was iedereen die past.']));
    expect(seen.sort()).toEqual([...KUBERNETES_PEOPLE].sort());
  });

  test('"more" before any question asks for one', async () => {
    const { adapter } = setup();
    await adapter
      .send(message('more'))
      .assertReply((reply) =>
        expect(textsOf(cardOf(reply))).toEqual([
          'There is nothing to show more of yet: ask a question first.',
        ]),
      );
  });

  test('Show more answers the invoke with the next page, with fresh presence', async () => {
    const { adapter, presence } = setup();
    let showMore: Record<string, unknown> | undefined;
    let firstPage: string[] = [];
    await adapter.send(message('who knows about Kubernetes')).assertReply((reply) => {
      showMore = actionTitled(cardOf(reply), 'Show more');
      firstPage = namesOf(cardOf(reply));
    });
    // Everyone not yet shown comes online after the first answer: the next page must say so.
    COLLEAGUES.filter((c) => !firstPage.includes(c.displayName)).forEach((c) =>
      presence.set(c.userId, 'Available'),
    );
    await adapter.send(cardAction(showMore!.data)).assertReply((reply) => {
      const card = invokeCard(reply);
      expect(textsOf(card)[1]).toBe('6–8 of 8');
      expect(textsOf(card).filter((t) => t === 'Available')).toHaveLength(3);
    });
    expect(presence.calls).toHaveLength(2);
  });

  test('Only available now refreshes the card with the available people, and Everyone undoes it', async () => {
    const { adapter } = setup();
    let toggle: Record<string, unknown> | undefined;
    await adapter
      .send(message('who knows about Kubernetes'))
      .assertReply((reply) => void (toggle = actionTitled(cardOf(reply), 'Only available now')));
    await adapter.send(cardAction(toggle!.data)).assertReply((reply) => {
      const card = invokeCard(reply);
      expect(namesOf(card).sort()).toEqual([...AVAILABLE_KUBERNETES].sort());
      toggle = actionTitled(card, 'Everyone, not only available');
    });
    await adapter.send(cardAction(toggle!.data)).assertReply((reply) => {
      expect(textsOf(invokeCard(reply))[1]).toBe('1–5 of 8');
    });
  });
});

describe('help, welcome and nobody found', () => {
  test('help explains with examples, in the user’s language', async () => {
    const { adapter } = setup();
    await adapter
      .send(message('help'))
      .assertReply((reply) => expect(textsOf(cardOf(reply))[0]).toBe('Ask me who knows what'))
      .send(message('<at>Samen</at> hulp', 'nl-NL'))
      .assertReply((reply) => expect(textsOf(cardOf(reply))[0]).toBe('Vraag me wie wat weet'));
  });

  test('installing the bot greets the conversation; a person joining does not', async () => {
    const { adapter } = setup();
    const update = (memberId: string): Partial<Activity> => ({
      type: 'conversationUpdate',
      locale: 'nl-NL',
      membersAdded: [{ id: memberId, name: 'x' }],
      channelData: { eventType: 'teamMemberAdded' },
    });
    await adapter
      .send(update(adapter.conversation.bot.id))
      .assertReply((reply) => expect(textsOf(cardOf(reply))[0]).toBe('Welkom bij Samen'))
      .send(update('29:someone-else'))
      .send(message('help'))
      .assertReply((reply) => expect(textsOf(cardOf(reply))[0]).toBe('Ask me who knows what'));
  });

  test('nobody found says so and offers the nearest known skills as searches', async () => {
    const { adapter } = setup();
    await adapter
      .send(message('who knows about Kubernetis operators in the Legal department'))
      .assertReply((reply) => {
        const card = cardOf(reply);
        const texts = textsOf(card);
        expect(texts[0]).toMatch(/^No one found for “/);
        expect(texts).toContain('No colleague mentions this in their profile yet.');
        const offered = actionsOf(card).filter((a) => a.type === 'Action.Execute');
        expect(offered.length).toBeGreaterThan(0);
        expect(texts).toContain('Skills close to what you asked:');
        offered.forEach((a) =>
          expect(a).toMatchObject({ verb: SEARCH_VERB, data: { skip: 0, department: 'Legal' } }),
        );
      });
  });

  test('nobody available offers everyone instead', async () => {
    const { adapter } = setup();
    await adapter.send(message('GDPR expert available now')).assertReply((reply) => {
      // Karin, the only GDPR person, is Available: make sure the filter is what empties the page.
      expect(namesOf(cardOf(reply))).toEqual(['Karin Vos']);
    });
    await adapter
      .send(message('who knows about fiber sales available now in the Rotterdam office'))
      .assertReply((reply) => {
        const card = cardOf(reply);
        expect(textsOf(card)).toContain(
          'Nobody who matches is available right now. Try everyone, or ask again later.',
        );
        expect(actionTitled(card, 'Everyone, not only available')).toMatchObject({
          data: { availableOnly: false },
        });
      });
  });
});

describe('identity', () => {
  test('the asker is left out of the answer, known by their Entra object id', async () => {
    const { adapter } = setup();
    await adapter
      .send(message('wie weet iets van glasvezel', 'nl-NL', userIdOf('Anna de Vries')))
      .assertReply((reply) => expect(namesOf(cardOf(reply))).not.toContain('Anna de Vries'));
  });

  test('an id that is not an object id is not used: nobody is left out', async () => {
    const { adapter } = setup();
    await adapter
      .send(message('wie weet iets van glasvezel', 'nl-NL', 'Anna de Vries'))
      .assertReply((reply) => expect(namesOf(cardOf(reply))).toContain('Anna de Vries'));
  });
});

describe('bad input', () => {
  test.each([
    ['', 'What should the colleague know about? For example: “who knows about fiber sales?”'],
    ['<at>Samen</at>', 'What should the colleague know about? For example: “who knows about fiber sales?”'],
    [
      'x'.repeat(10_000),
      'That message is too long for a question. Ask in one sentence, for example: “who knows about SAP?”',
    ],
  ])('%# is answered with a short notice', async (text, expected) => {
    const { adapter, presence } = setup();
    await adapter
      .send(message(text))
      .assertReply((reply) => expect(textsOf(cardOf(reply))).toEqual([expected]));
    expect(presence.calls).toHaveLength(0);
  });

  test.each([
    [{ q: 42, availableOnly: false, skip: 0 }],
    [{ q: 'Kubernetes', availableOnly: 'yes', skip: 0 }],
    [{ q: 'Kubernetes', availableOnly: false, skip: -5 }],
    [{ q: 'x'.repeat(5000), availableOnly: false, skip: 0 }],
    [{ q: '   ', availableOnly: false, skip: 0 }],
    [null],
    ['Kubernetes'],
  ])('tampered card data %j gets a localised notice, not a crash', async (data) => {
    const { adapter } = setup();
    await adapter
      .send(cardAction(data, 'nl-NL'))
      .assertReply((reply) =>
        expect(textsOf(invokeCard(reply))).toEqual(['Deze knop werkt niet meer. Stel je vraag opnieuw.']),
      );
  });

  test('an unknown verb gets a localised notice', async () => {
    const { adapter } = setup();
    await adapter
      .send(cardAction({ q: 'x', availableOnly: false, skip: 0 }, 'en-US', 'samen.delete-everything'))
      .assertReply((reply) =>
        expect(textsOf(invokeCard(reply))).toEqual([
          'I do not know that action. Please ask your question again.',
        ]),
      );
  });

  test('a failure shows an apology with a reference, and the details go to the log only', async () => {
    const { adapter, logged } = setup({ failWith: new Error('Graph said 503 at https://internal.example') });
    await adapter.send(message('who knows about Kubernetes', 'nl-NL')).assertReply((reply) => {
      const texts = textsOf(cardOf(reply));
      expect(texts).toEqual(['Sorry, er ging bij ons iets mis. Referentie: REF-1234']);
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]!.message).toContain('REF-1234');
    expect(String(logged[0]!.error)).toContain('internal.example');
  });
});
