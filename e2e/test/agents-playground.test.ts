// The bot end to end through the Microsoft 365 Agents Playground: the real Samen service on a dev tenant of its
// own, the pinned Playground pointed at its /api/messages, driven as its web UI drives it. A question in a
// channel with an @mention gets the expert card, the message extension's query returns people, and
// Action.Execute refreshes the card. What the bot should answer comes from the service's own talent API, asked
// as the same person the Playground signs in as.
import { negotiateLocale, searchPage, type Locale } from '@samen/core/contract';
import { z } from 'zod';
import { SEARCH_VERB } from '../../bot/src/conversation/cards';
import { STRINGS } from '../../bot/src/conversation/strings';
import { actionTitled, namesOf, textsOf } from '../../bot/test/support/cards';
import { app, appToken, rawGraph, someUsers, userToken } from '../../test-support/tenant';
import { Playground, type PlaygroundUser, type PushedMessage } from './playground';
import { startSamen, type SamenProcesses } from './samen-processes';

jest.setTimeout(60_000);

const TOPIC = 'fiber';
const PAGE = 5;
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const BOT = { id: '28:samen-playground-bot', name: 'Samen' };

interface Person {
  id: string;
  displayName: string;
  userPrincipalName: string;
  givenName: string | null;
  surname: string | null;
  mail: string | null;
}

let samen: SamenProcesses | undefined;
let playground: Playground | undefined;
/** The seeded person who types in the Playground: the best fiber expert, so their own answers leave them out. */
let asker: Person;
let search: (query: Record<string, string>) => Promise<z.infer<typeof searchPage>>;
/** The channel the Playground's team has (its General channel). */
let channel: string;
let locale: Locale;

/** A dev tenant person as the Playground's configuration has them: Teams' id, Entra object id and names. */
const playgroundUser = (person: Person): PlaygroundUser => ({
  id: `29:${person.id}`,
  name: person.displayName,
  userPrincipleName: person.userPrincipalName,
  aadObjectId: person.id,
  givenName: person.givenName ?? person.displayName,
  surname: person.surname ?? '',
  email: person.mail ?? person.userPrincipalName,
});

async function person(tenant: SamenProcesses['tenant'], id: string): Promise<Person> {
  const select = 'id,displayName,userPrincipalName,givenName,surname,mail';
  const { status, body } = await rawGraph(tenant, `/users/${id}?$select=${select}`, {
    token: await appToken(tenant),
  });
  if (status !== 200) throw new Error(`GET user ${id}: ${status}`);
  return body as Person;
}

/** The talent API as `upn` sees it: the search the web parts make, parsed with the HTTP contract. */
async function talentSearchAs(processes: SamenProcesses, upn: string) {
  const scope = `api://${app(processes.tenant, 'samen-service').clientId}/access_as_user`;
  const token = await userToken(processes.tenant, upn, scope);
  return async (query: Record<string, string>) => {
    const url = `${processes.serviceUrl}/api/talent/search?${new URLSearchParams(query)}`;
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, 'Accept-Language': locale },
    });
    if (!response.ok) throw new Error(`search ${url}: ${response.status} ${await response.text()}`);
    return searchPage.parse(await response.json());
  };
}

/** As Teams does when someone signs in: a session of Samen's admin app, Available, for an hour. */
async function makeAvailable(tenant: SamenProcesses['tenant'], userId: string): Promise<void> {
  const { status, body } = await rawGraph(tenant, `/users/${userId}/presence/setPresence`, {
    method: 'POST',
    token: await appToken(tenant),
    body: JSON.stringify({
      sessionId: app(tenant, 'samen-admin').clientId,
      availability: 'Available',
      activity: 'Available',
      expirationDuration: 'PT1H',
    }),
  });
  if (status >= 300) throw new Error(`setPresence: ${status} ${JSON.stringify(body)}`);
}

beforeAll(async () => {
  samen = await startSamen();
  const [someone, ...others] = await someUsers(samen.tenant, 7);
  // The Playground's locale is the machine's (Intl); the API is asked in the language the bot will answer in.
  locale = negotiateLocale(new Intl.DateTimeFormat().resolvedOptions().locale);
  const top = (await (await talentSearchAs(samen, someone!.userPrincipalName))({ q: TOPIC, top: '1' }))
    .results[0]!;
  asker = await person(samen.tenant, top.id);
  search = await talentSearchAs(samen, asker.userPrincipalName);
  const team = others.filter((user) => user.id !== asker.id).slice(0, 5);
  playground = await Playground.start({
    botEndpoint: `${samen.serviceUrl}/api/messages`,
    bot: BOT,
    tenantId: samen.tenant.tenantId,
    currentUser: playgroundUser(asker),
    users: await Promise.all(team.map(async (user) => playgroundUser(await person(samen!.tenant, user.id)))),
  });
  expect(playground.config.config.currentUser.aadObjectId).toBe(asker.id);
  expect(negotiateLocale(playground.config.internalConfig.locale)).toBe(locale);
  channel = playground.config.config.teams[0]!.channels[0]!.id;
}, 120_000);

afterAll(async () => {
  await playground?.stop();
  await samen?.stop();
});

/** The card of a message the bot posted. */
function cardOf(message: PushedMessage): unknown {
  expect(message.message.attachments).toHaveLength(1);
  expect(message.message.attachments[0]!.contentType).toBe(ADAPTIVE_CARD);
  return message.message.attachments[0]!.content;
}

/** Asks in the channel with an @mention; the bot's reply lands in the thread the question opened. */
async function askInChannel(text: string) {
  const { postConversationId: thread } = await playground!.post(channel, text, BOT);
  if (thread === undefined) throw new Error('a channel message should open a thread (postConversationId)');
  const reply = await playground!.botMessage(thread);
  return { thread, messageId: reply.message.messageId, card: cardOf(reply) };
}

/** Presses an Action.Execute of a card the bot posted; the Playground answers with the card that replaces it. */
async function press(asked: { thread: string; messageId: string; card: unknown }, title: string) {
  const action = actionTitled(asked.card, title);
  expect(action).toMatchObject({ type: 'Action.Execute', verb: SEARCH_VERB });
  const answer = await playground!.invoke(
    'adaptiveCard/action',
    asked.thread,
    { action: { type: 'Action.Execute', verb: action!.verb, data: action!.data }, trigger: 'manual' },
    asked.messageId,
  );
  return z.object({ type: z.literal(ADAPTIVE_CARD), value: z.unknown() }).parse(answer).value;
}

const presenceLabels = (card: unknown) => {
  const labels = new Set(Object.values(STRINGS[locale].presence));
  return textsOf(card).filter((text) => labels.has(text));
};

test('a question in a channel with an @mention gets the expert card the talent API agrees with', async () => {
  const expected = await search({ q: TOPIC, top: String(PAGE) });
  const { card } = await askInChannel(`who knows about ${TOPIC}?`);

  const s = STRINGS[locale];
  expect(textsOf(card).slice(0, 2)).toEqual([s.resultsTitle(TOPIC), s.range(1, PAGE, expected.total)]);
  expect(namesOf(card)).toEqual(expected.results.map((r) => r.displayName));
  expect(namesOf(card)).not.toContain(asker.displayName);
  expect(presenceLabels(card)).toHaveLength(PAGE);
});

test('the message extension query returns the experts, each with a card to insert', async () => {
  const expected = await search({ q: TOPIC, top: '25' });
  const answer = await playground!.invoke('composeExtension/query', channel, {
    commandId: 'findExpert',
    parameters: [{ name: 'skill', value: TOPIC }],
    queryOptions: { skip: 0, count: 25 },
  });

  const { composeExtension } = z
    .object({
      composeExtension: z.object({
        type: z.literal('result'),
        attachments: z.array(
          z.object({
            contentType: z.literal(ADAPTIVE_CARD),
            content: z.unknown(),
            preview: z.object({ content: z.object({ title: z.string() }) }),
          }),
        ),
      }),
    })
    .parse(answer);
  expect(composeExtension.attachments.map((a) => a.preview.content.title)).toEqual(
    expected.results.map((r) => r.displayName),
  );
  expect(composeExtension.attachments.map((a) => namesOf(a.content)[0])).toEqual(
    expected.results.map((r) => r.displayName),
  );
});

test('Action.Execute refreshes the card: Show more gives the next page', async () => {
  const asked = await askInChannel(`who knows about ${TOPIC}?`);
  const nextPage = await search({ q: TOPIC, top: String(PAGE), skip: String(PAGE) });

  const refreshed = await press(asked, STRINGS[locale].showMore);
  expect(textsOf(refreshed)[1]).toBe(STRINGS[locale].range(PAGE + 1, 2 * PAGE, nextPage.total));
  expect(namesOf(refreshed)).toEqual(nextPage.results.map((r) => r.displayName));
});

test('Action.Execute refreshes the card: Only available now keeps the available experts only', async () => {
  const firstPage = await search({ q: TOPIC, top: String(PAGE) });
  // Whatever the hour (seeded people work office hours), someone on the first page is in Teams now.
  const madeAvailable = firstPage.results[2]!;
  await makeAvailable(samen!.tenant, madeAvailable.id);
  const asked = await askInChannel(`who knows about ${TOPIC}?`);

  const refreshed = await press(asked, STRINGS[locale].onlyAvailable);
  expect(namesOf(refreshed)).toContain(madeAvailable.displayName);
  const labels = presenceLabels(refreshed);
  expect(labels).toHaveLength(namesOf(refreshed).length);
  expect(new Set(labels)).toEqual(new Set([STRINGS[locale].presence.Available]));
  expect(actionTitled(refreshed, STRINGS[locale].everyone)).toBeDefined();
});
