import { randomUUID } from 'node:crypto';
import { appToken, graphClient, rawGraph, someUsers, tenant, userToken } from '../../../test-support/tenant';

const t = tenant();
const admin = () => appToken(t, 'samen-admin');
const AVAILABILITIES = [
  'Available',
  'AvailableIdle',
  'Away',
  'BeRightBack',
  'Busy',
  'BusyIdle',
  'DoNotDisturb',
  'Offline',
  'PresenceUnknown',
];

describe('presence', () => {
  it('returns a user presence with Graph availability and activity values', async () => {
    const [user] = await someUsers(t, 1);
    const presence = await graphClient(t, () => appToken(t, 'samen-service'))
      .api(`/users/${user!.id}/presence`)
      .get();
    expect(presence.id).toBe(user!.id);
    expect(AVAILABILITIES).toContain(presence.availability);
    expect(typeof presence.activity).toBe('string');
    expect(presence.outOfOfficeSettings).toEqual({ message: null, isOutOfOffice: false });
  });

  it('answers /me/presence for the signed-in user', async () => {
    const [user] = await someUsers(t, 1);
    const presence = await graphClient(t, () => userToken(t, user!.userPrincipalName))
      .api('/me/presence')
      .get();
    expect(presence.id).toBe(user!.id);
  });

  it('returns 650 presences in one getPresencesByUserId call, and refuses 651', async () => {
    const users = await someUsers(t, 650);
    const client = graphClient(t, () => appToken(t, 'samen-service'));
    const reply = await client
      .api('/communications/getPresencesByUserId')
      .post({ ids: users.map((u) => u.id) });
    expect(reply.value).toHaveLength(650);
    expect(new Set(reply.value.map((p: { id: string }) => p.id))).toEqual(new Set(users.map((u) => u.id)));
    const tooMany = await rawGraph(t, '/communications/getPresencesByUserId', {
      token: await appToken(t, 'samen-service'),
      method: 'POST',
      body: JSON.stringify({ ids: [...users.map((u) => u.id), randomUUID()] }),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/650/);
  });

  it('shows an application session, lets the preferred presence override it, and goes Offline when cleared', async () => {
    const client = graphClient(t, admin);
    const sessionId = randomUUID();
    // A fresh user with no simulated working day, so only our session counts.
    const created = await client.api('/users').post({
      accountEnabled: true,
      displayName: 'Presence Test',
      mailNickname: `presence.${sessionId.slice(0, 8)}`,
      userPrincipalName: `presence.${sessionId.slice(0, 8)}@${t.domain}`,
      passwordProfile: { password: 'Welkom-123456' },
    });
    const target = `/users/${created.id}/presence`;
    expect((await client.api(target).get()).availability).toBe('Offline');
    await client
      .api(`${target}/setPresence`)
      .post({ sessionId, availability: 'Busy', activity: 'InACall', expirationDuration: 'PT1H' });
    expect(await client.api(target).get()).toMatchObject({ availability: 'Busy', activity: 'InACall' });
    await client
      .api(`${target}/setUserPreferredPresence`)
      .post({ availability: 'DoNotDisturb', activity: 'DoNotDisturb', expirationDuration: 'PT8H' });
    expect(await client.api(target).get()).toMatchObject({
      availability: 'DoNotDisturb',
      activity: 'DoNotDisturb',
    });
    await client.api(`${target}/clearPresence`).post({ sessionId });
    expect(await client.api(target).get()).toMatchObject({ availability: 'Offline' });
  });

  it.each([
    ['an invalid combination', { availability: 'Available', activity: 'Presenting' }],
    ['a duration under 5 minutes', { availability: 'Busy', activity: 'InACall', expirationDuration: 'PT1M' }],
    ['a non-ISO duration', { availability: 'Busy', activity: 'InACall', expirationDuration: '1 hour' }],
  ])('refuses setPresence with %s', async (_name, body) => {
    const [user] = await someUsers(t, 1);
    const reply = await rawGraph(t, `/users/${user!.id}/presence/setPresence`, {
      token: await admin(),
      method: 'POST',
      body: JSON.stringify({ sessionId: randomUUID(), ...body }),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalidRequest');
  });

  it('needs Presence.ReadWrite.All to set presence', async () => {
    const [user] = await someUsers(t, 1);
    const reply = await rawGraph(t, `/users/${user!.id}/presence/setPresence`, {
      token: await appToken(t, 'samen-service'),
      method: 'POST',
      body: JSON.stringify({ sessionId: randomUUID(), availability: 'Available', activity: 'Available' }),
    });
    expect(reply.status).toBe(403);
  });
});
