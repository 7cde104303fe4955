// The message extension's search (`composeExtension/query`) against core's real index: what Teams lists, what
// it inserts, in English and Dutch, and the answers for an empty box, nobody found and a command it does not know.
import { MAX_QUERY_LENGTH } from '@samen/core';
import {
  FIND_EXPERT_COMMAND,
  type ExtensionAttachment,
  type ExtensionResult,
} from '../src/conversation/message-extension';
import { actionsOf, namesOf, textsOf } from './support/cards';
import { COLLEAGUES, expertWorld, userIdOf } from './support/experts';

const ASKER = '11111111-2222-4333-8444-555555555555';
const KUBERNETES_PEOPLE = COLLEAGUES.filter((c) => c.skills?.includes('Kubernetes')).map(
  (c) => c.displayName,
);

const query = (skill: unknown, extra: Record<string, unknown> = {}) => ({
  commandId: FIND_EXPERT_COMMAND,
  parameters: [{ name: 'skill', value: skill }],
  queryOptions: { skip: 0, count: 25 },
  ...extra,
});

function ask(value: unknown, locale = 'en-US', world = expertWorld(), userId = ASKER) {
  return world.conversation.answerQuery({ conversationId: 'c', userId, locale }, value);
}

// Karin is the only privacy person: when she searches for privacy, nobody is left, but her skills are near.
const KARIN = userIdOf('Karin Vos');

function attachmentsOf(result: ExtensionResult): ExtensionAttachment[] {
  expect(result).toMatchObject({ type: 'result', attachmentLayout: 'list' });
  return result.type === 'result' ? result.attachments : [];
}

const messageOf = (result: ExtensionResult) => (result.type === 'message' ? result.text : undefined);

describe('a typed skill in English', () => {
  test('lists everyone who matches, with one presence request for them all', async () => {
    const world = expertWorld();
    const attachments = attachmentsOf(await ask(query('Kubernetes'), 'en-US', world));
    expect(attachments.map((a) => a.preview.content.title).sort()).toEqual([...KUBERNETES_PEOPLE].sort());
    expect(world.presence.calls).toHaveLength(1);
    expect(world.presence.calls[0]).toHaveLength(KUBERNETES_PEOPLE.length);
  });

  test('each preview is a thumbnail with name, job title and presence label', async () => {
    const attachments = attachmentsOf(await ask(query('Kubernetes')));
    const chloe = attachments.find((a) => a.preview.content.title === 'Chloé Bakker')!;
    expect(chloe.preview).toEqual({
      contentType: 'application/vnd.microsoft.card.thumbnail',
      content: { title: 'Chloé Bakker', subtitle: 'Platform engineer', text: 'Available' },
    });
    const finn = attachments.find((a) => a.preview.content.title === 'Finn Meijer')!;
    expect(finn.preview.content.text).toBe('Do not disturb');
  });

  test('the inserted card is that one person: initials, name, title, presence, skills, why-line, Chat', async () => {
    const attachments = attachmentsOf(await ask(query('Kubernetes')));
    const chloe = attachments.find((a) => a.preview.content.title === 'Chloé Bakker')!;
    expect(chloe.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = chloe.content;
    expect(card.version).toBe('1.5');
    expect(namesOf(card)).toEqual(['Chloé Bakker']);
    const texts = textsOf(card);
    expect(texts.slice(0, 4)).toEqual(['CB', 'Chloé Bakker', 'Platform engineer', 'Available']);
    expect(texts.some((t) => t.includes('Kubernetes'))).toBe(true);
    expect(texts.some((t) => t.startsWith('skills: Kubernetes'))).toBe(true);
    const [chat, ...others] = actionsOf(card);
    expect(others).toEqual([]);
    expect(chat).toMatchObject({ type: 'Action.OpenUrl', title: 'Chat' });
    const url = new URL(String(chat!.url));
    expect(url.searchParams.get('users')).toBe('chlo.bakker@samendev.onmicrosoft.com');
    expect(url.searchParams.get('message')).toBe(
      'Hi Chloé, Samen tells me you know about Kubernetes. Do you have a moment?',
    );
  });

  test('no inserted card has an Action.Execute: it is posted where the bot may not be', async () => {
    const attachments = attachmentsOf(await ask(query('Kubernetes')));
    const types = attachments.flatMap((a) => actionsOf(a.content).map((action) => action.type));
    expect(new Set(types)).toEqual(new Set(['Action.OpenUrl']));
  });

  test('the asker is not listed', async () => {
    const anna = COLLEAGUES.find((c) => c.displayName === 'Anna de Vries')!;
    const result = await expertWorld().conversation.answerQuery(
      { conversationId: 'c', userId: anna.userId, locale: 'en-US' },
      query('fiber sales'),
    );
    expect(attachmentsOf(result).map((a) => a.preview.content.title)).toEqual(['Bram Jansen']);
  });
});

describe('a typed skill in Dutch', () => {
  test('labels, presence and the Chat action in Dutch', async () => {
    const attachments = attachmentsOf(await ask(query('glasvezel'), 'nl-NL'));
    const anna = attachments[0]!;
    expect(anna.preview.content).toEqual({
      title: 'Anna de Vries',
      subtitle: 'Glasvezelspecialist',
      text: 'Beschikbaar',
    });
    expect(textsOf(anna.content)).toContain('Beschikbaar');
    const [chat] = actionsOf(anna.content);
    expect(chat).toMatchObject({ type: 'Action.OpenUrl', title: 'Chatten' });
    expect(new URL(String(chat!.url)).searchParams.get('message')).toBe(
      'Hoi Anna, via Samen zag ik dat je verstand hebt van glasvezel. Heb je even?',
    );
  });

  test('nobody found: a message in Dutch naming the nearest skills', async () => {
    expect(messageOf(await ask(query('privacy'), 'nl-NL', expertWorld(), KARIN))).toBe(
      "Niemand gevonden voor ‘privacy’. Probeer ‘Privacy en gegevensbescherming’, ‘AVG’ of ‘DPIA's’.",
    );
  });
});

describe('nothing to search yet', () => {
  test.each([
    ['an empty box', query('')],
    ['only spaces', query('   ')],
    ['no skill parameter', query('x', { parameters: [] })],
    ['no parameters at all', { commandId: FIND_EXPERT_COMMAND }],
    ["Teams' initial run", query('x', { parameters: [{ name: 'initialRun', value: 'true' }] })],
    ['a skill that is not text', query(42)],
    ['only invisible characters', query('\u200b\u200b')],
  ])('%s: an empty list, no error and no presence request', async (_name, value) => {
    const world = expertWorld();
    expect(await ask(value, 'en-US', world)).toEqual({
      type: 'result',
      attachmentLayout: 'list',
      attachments: [],
    });
    expect(world.presence.calls).toHaveLength(0);
  });
});

describe('nobody found', () => {
  test('a message naming the nearest skills people do have', async () => {
    expect(messageOf(await ask(query('privacy'), 'en-US', expertWorld(), KARIN))).toBe(
      'No one found for “privacy”. Try “Privacy and data protection”, “Privacy impact assessments”, or “GDPR”.',
    );
  });

  test('the skill as typed is not offered back', async () => {
    expect(messageOf(await ask(query('gdpr'), 'en-US', expertWorld(), KARIN))).toBe(
      'No one found for “gdpr”. Try another skill.',
    );
  });

  test('nothing near either: a message asking for another skill', async () => {
    expect(messageOf(await ask(query('zzzqqqxxx')))).toBe('No one found for “zzzqqqxxx”. Try another skill.');
  });
});

describe('paging as Teams asks for it', () => {
  test('count limits the page and skip continues it, without repeating anyone', async () => {
    const first = attachmentsOf(await ask(query('Kubernetes', { queryOptions: { skip: 0, count: 5 } })));
    const rest = attachmentsOf(await ask(query('Kubernetes', { queryOptions: { skip: 5, count: 5 } })));
    expect(first).toHaveLength(5);
    expect(rest).toHaveLength(KUBERNETES_PEOPLE.length - 5);
    const names = [...first, ...rest].map((a) => a.preview.content.title);
    expect(new Set(names).size).toBe(KUBERNETES_PEOPLE.length);
  });

  test('scrolled past the last person: an empty list, not "nobody found"', async () => {
    const result = await ask(query('Kubernetes', { queryOptions: { skip: 25, count: 25 } }));
    expect(result).toEqual({ type: 'result', attachmentLayout: 'list', attachments: [] });
  });

  test('a count above 25 is read as 25, not refused (core pages at most 50)', async () => {
    const result = await ask(query('Kubernetes', { queryOptions: { skip: 0, count: 1000 } }));
    expect(attachmentsOf(result)).toHaveLength(KUBERNETES_PEOPLE.length);
  });
});

describe('what the extension does not answer with results', () => {
  test.each([
    ['an unknown command', query('Kubernetes', { commandId: 'findIdea' })],
    ['no command', { parameters: [{ name: 'skill', value: 'Kubernetes' }] }],
    ['no query at all', undefined],
    ['a negative skip', query('Kubernetes', { queryOptions: { skip: -1 } })],
  ])('%s: a clear message, no search', async (_name, value) => {
    const world = expertWorld();
    expect(await ask(value, 'en-US', world)).toEqual({
      type: 'message',
      text: 'Samen does not know this search. Please update the Samen app and try again.',
    });
    expect(world.presence.calls).toHaveLength(0);
  });

  test('an unknown command in Dutch', async () => {
    expect(messageOf(await ask(query('x', { commandId: 'nope' }), 'nl-NL'))).toBe(
      'Deze zoekopdracht kent Samen niet. Werk de Samen-app bij en probeer het opnieuw.',
    );
  });

  test('a skill longer than a query may be: asked for fewer words', async () => {
    const text = messageOf(await ask(query('a'.repeat(MAX_QUERY_LENGTH + 1))));
    expect(text).toBe('That is too long for a skill. Type a few words, for example “fiber sales”.');
  });

  test('presence failing: an apology with a reference, the details logged', async () => {
    const world = expertWorld({ failWith: new Error('Graph is down') });
    expect(messageOf(await ask(query('Kubernetes'), 'nl-NL', world))).toBe(
      'Sorry, er ging bij ons iets mis. Referentie: REF-1234',
    );
    expect(world.logged).toEqual([
      { message: 'message extension query failed (reference REF-1234)', error: new Error('Graph is down') },
    ]);
  });
});
