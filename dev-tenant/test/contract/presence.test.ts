import { randomUUID } from 'node:crypto';
import { app as appOf, someUsers, tenant } from '../../../test-support/tenant';
import { presence } from './fixtures/presence';
import { users } from './fixtures/users';
import { callers, replay, replayContract } from './replay';

const t = tenant();
const { app, user } = callers(t);

describe('presence — presence-get.md, cloudcommunications-getpresencesbyuserid.md', () => {
  let people: Array<{ id: string; userPrincipalName: string }>;
  beforeAll(async () => {
    people = await someUsers(t, 2);
  });

  it('Example 1: /me/presence is the signed-in user’s', async () => {
    const reply = await replayContract(user(people[0]!.userPrincipalName), presence.mine());
    expect(reply.body.id).toBe(people[0]!.id);
  });

  it('Example 2: /users/{id}/presence', async () => {
    const reply = await replayContract(app, presence.ofUser(people[0]!.id));
    expect(reply.body.id).toBe(people[0]!.id);
  });

  it('Example 3: /communications/presences/{id} answers the same presence', async () => {
    const state = (body: { availability: string; activity: string }) =>
      `${body.availability}/${body.activity}`;
    // Seeded people's presence follows the clock, so read it just before and just after.
    const before = state((await replay(app, presence.ofUser(people[1]!.id))).body);
    const reply = await replayContract(app, presence.viaCommunications(people[1]!.id));
    const after = state((await replay(app, presence.ofUser(people[1]!.id))).body);
    expect(reply.body.id).toBe(people[1]!.id);
    expect([before, after]).toContain(state(reply.body));
  });

  it('getPresencesByUserId answers one presence per id', async () => {
    const ids = people.map((p) => p.id);
    const reply = await replayContract(app, presence.byUserIds(ids));
    expect(reply.body.value.map((p: { id: string }) => p.id).sort()).toEqual([...ids].sort());
  });
});

describe('presence — setPresence, setUserPreferredPresence, clearPresence', () => {
  it('a session sets presence, a preferred presence overrides it, clearing the only session leaves Offline', async () => {
    // A user of our own: no Teams session of the simulation, so the application's session is the only one.
    const nickname = `contract-presence-${randomUUID().slice(0, 8)}`;
    const created = await replay(
      app,
      users.create(`${nickname}@${t.domain}`, nickname, `Pw-${randomUUID()}`),
    );
    const id: string = created.body.id;
    const sessionId = appOf(t, 'samen-admin').clientId;
    const now = async () => {
      const { availability, activity } = (await replay(app, presence.ofUser(id))).body;
      return `${availability}/${activity}`;
    };

    expect(await now()).toBe('Offline/Offline');
    await replayContract(app, presence.setSession(id, sessionId));
    expect(await now()).toBe('Available/Available');
    await replayContract(app, presence.setPreferred(id));
    expect(await now()).toBe('DoNotDisturb/DoNotDisturb');
    // presence-setuserpreferredpresence.md: the preference shows only while a session exists.
    await replayContract(app, presence.clearSession(id, sessionId));
    expect(await now()).toBe('Offline/Offline');
    await replayContract(app, presence.clearMissingSession(id, sessionId));

    await replay(app, users.remove(id));
  });
});
