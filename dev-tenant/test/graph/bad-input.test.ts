import { randomUUID } from 'node:crypto';
import { appToken, rawGraph, someUsers, tenant } from '../../../test-support/tenant';

const t = tenant();

describe('bad input at the Graph boundary', () => {
  it("answers malformed JSON with Graph's BadRequest and changes nothing", async () => {
    const [user] = await someUsers(t, 1);
    const token = await appToken(t, 'samen-admin');
    const reply = await rawGraph(t, `/users/${user!.id}`, {
      token,
      method: 'PATCH',
      body: '{"jobTitle": "half',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({
      code: 'BadRequest',
      message: expect.stringMatching(/valid JSON/),
    });
    expect(reply.body.error.innerError).toEqual({
      date: expect.any(String),
      'request-id': expect.any(String),
      'client-request-id': expect.any(String),
    });
  });

  it('refuses a body over 4 MB with 413', async () => {
    const token = await appToken(t, 'samen-admin');
    const huge = JSON.stringify({ fields: { Title: 'x'.repeat(5 * 1024 * 1024) } });
    const reply = await rawGraph(t, `/sites/${t.hubSite.id}/lists/whatever/items`, {
      token,
      method: 'POST',
      body: huge,
    });
    expect(reply.status).toBe(413);
    expect(reply.body.error.code).toBe('RequestEntityTooLarge');
  });

  it("answers unknown segments with Graph's 400 shape", async () => {
    const reply = await rawGraph(t, '/teleporters', { token: await appToken(t, 'samen-admin') });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({
      code: 'BadRequest',
      message: "Resource not found for the segment 'teleporters'.",
    });
  });

  it('echoes the client-request-id the caller sent', async () => {
    const clientRequestId = randomUUID();
    const reply = await rawGraph(t, '/users/nobody', {
      token: await appToken(t, 'samen-admin'),
      headers: { 'client-request-id': clientRequestId },
    });
    expect(reply.headers.get('client-request-id')).toBe(clientRequestId);
    expect(reply.body.error.innerError['client-request-id']).toBe(clientRequestId);
  });

  it('answers an unknown list column in $filter with a message naming it', async () => {
    const token = await appToken(t, 'samen-admin');
    const list = await rawGraph(t, `/sites/${t.hubSite.id}/lists`, {
      token,
      method: 'POST',
      body: JSON.stringify({ displayName: `F ${randomUUID()}` }),
    });
    const reply = await rawGraph(
      t,
      `/sites/${t.hubSite.id}/lists/${list.body.id}/items?$filter=fields/Nope eq 'x'`,
      { token },
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalidRequest');
    expect(reply.body.error.message).toMatch(/fields\/Nope/);
  });
});
