import { randomUUID } from 'node:crypto';
import type { Endorsement } from '@samen/core';
import { endorsementKey, GraphEndorsementStore, type ListSchema } from '../../src';
import { appToken, devControl, rawGraph, tenant } from '../../../test-support/tenant';
import { count, listId, provisionedTalentLists, recordingServiceClient, type BeforeRequest } from './support';

const t = tenant();
const siteId = t.hubSite.id;
let list: ListSchema;
let items: string;

beforeAll(async () => {
  list = (await provisionedTalentLists(t)).endorsements;
  items = `/sites/${siteId}/lists/${list.displayName}/items`;
});

function store(before?: BeforeRequest) {
  const { client, requests } = recordingServiceClient(t, before);
  return { store: new GraphEndorsementStore(client, { siteId, list }), requests };
}

/** A person of their own for each test, so tests do not see each other's endorsements. */
const endorsement = (overrides: Partial<Endorsement> = {}): Endorsement => ({
  endorserId: randomUUID(),
  personId: randomUUID(),
  skillId: 'kubernetes',
  skillLabel: 'Kubernetes',
  skillKey: 'kubernetes',
  at: new Date('2026-04-01T09:00:00Z'),
  ...overrides,
});

/** What an administrator (or SharePoint's own UI) does to the list, bypassing the store. */
async function adminItems(method: string, path = '', body?: unknown) {
  return rawGraph(t, `/sites/${siteId}/lists/${encodeURIComponent(list.displayName)}/items${path}`, {
    method,
    token: await appToken(t),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('GraphEndorsementStore.add', () => {
  it('adds an endorsement in one request, titled by its key', async () => {
    const { store: endorsements, requests } = store();
    const e = endorsement();

    expect(await endorsements.add(e)).toBe('added');

    expect(requests).toEqual([`POST ${items}`]);
    const { body } = await adminItems('GET', `?expand=fields&$filter=fields/PersonId eq '${e.personId}'`);
    const key = endorsementKey(e.endorserId, e.personId, 'kubernetes');
    expect(body.value[0].fields).toMatchObject({
      Title: key,
      EndorsementKey: key,
      EndorserId: e.endorserId,
      PersonId: e.personId,
      SkillId: 'kubernetes',
      SkillLabel: 'Kubernetes',
      EndorsedAt: '2026-04-01T09:00:00Z',
    });
  });

  it('answers duplicate for the same endorser, person and skill, whatever the case, without reading first', async () => {
    const { store: endorsements, requests } = store();
    const e = endorsement();
    await endorsements.add(e);
    requests.length = 0;

    expect(await endorsements.add({ ...e, skillKey: 'KUBERNETES', at: new Date() })).toBe('duplicate');
    expect(requests).toEqual([`POST ${items}`]);
  });

  it('lets exactly one of 10 parallel attempts in', async () => {
    const { store: endorsements } = store();
    const e = endorsement();

    const outcomes = await Promise.all(Array.from({ length: 10 }, () => endorsements.add(e)));

    expect(outcomes.filter((o) => o === 'added')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(9);
    expect((await endorsements.forPerson(e.personId)).rows).toHaveLength(1);
  });

  it("keeps skills typed with the key's separator apart", async () => {
    const { store: endorsements } = store();
    const e = endorsement({ skillId: undefined, skillLabel: 'CI|CD', skillKey: 'label:ci|cd' });
    expect(await endorsements.add(e)).toBe('added');
    expect(await endorsements.add({ ...e, skillKey: 'label:ci%7ccd' })).toBe('added');
    expect(await endorsements.add({ ...e, skillKey: 'label:ci' })).toBe('added');
    expect(await endorsements.add(e)).toBe('duplicate');
    expect(await endorsements.remove(e.endorserId, e.personId, 'label:ci|cd')).toBe('removed');
    const { rows } = await endorsements.forPerson(e.personId);
    expect(rows.map((r) => r.skillKey).sort()).toEqual(['label:ci', 'label:ci%7ccd']);
  });

  it('refuses an empty id before sending anything', async () => {
    const { store: endorsements, requests } = store();
    await expect(endorsements.add(endorsement({ endorserId: '' }))).rejects.toThrow(RangeError);
    expect(requests).toEqual([]);
  });
});

describe('GraphEndorsementStore.remove', () => {
  it('finds the row by its indexed key and deletes it with its ETag', async () => {
    const { store: endorsements, requests } = store();
    const e = endorsement();
    await endorsements.add(e);
    requests.length = 0;

    expect(await endorsements.remove(e.endorserId, e.personId, 'Kubernetes')).toBe('removed');

    expect(requests).toEqual([`GET ${items}`, expect.stringMatching(new RegExp(`^DELETE ${items}/\\d+$`))]);
    expect((await endorsements.forPerson(e.personId)).rows).toEqual([]);
  });

  it('answers not-found in one request when there is nothing to remove', async () => {
    const { store: endorsements, requests } = store();
    const e = endorsement();
    expect(await endorsements.remove(e.endorserId, e.personId, e.skillKey)).toBe('not-found');
    expect(requests).toEqual([`GET ${items}`]);
  });

  it('reads again when the row was edited between the read and the delete (412)', async () => {
    const e = endorsement();
    await store().store.add(e);
    const editMeanwhile: BeforeRequest = async (request, index) => {
      if (index !== 1) return;
      const { body } = await adminItems('GET', `?$filter=fields/PersonId eq '${e.personId}'`);
      await adminItems('PATCH', `/${body.value[0].id}/fields`, { SkillLabel: 'K8s' });
    };
    const { store: endorsements, requests } = store(editMeanwhile);

    expect(await endorsements.remove(e.endorserId, e.personId, e.skillKey)).toBe('removed');

    expect(requests.map((r) => r.split(' ')[0])).toEqual(['GET', 'DELETE', 'GET', 'DELETE']);
  });

  it('handles keys with quotes, ampersands and hashes in the filter', async () => {
    const { store: endorsements } = store();
    const e = endorsement({ skillKey: "label:r&d's #1 + more", skillLabel: "R&D's #1 + more" });
    expect(await endorsements.add(e)).toBe('added');
    expect(await endorsements.add(e)).toBe('duplicate');
    expect(await endorsements.remove(e.endorserId, e.personId, e.skillKey)).toBe('removed');
  });
});

describe('GraphEndorsementStore reads', () => {
  it("lists one person's endorsements", async () => {
    const { store: endorsements, requests } = store();
    const personId = randomUUID();
    const mine = [
      endorsement({ personId }),
      endorsement({ personId, skillId: undefined, skillKey: 'label:fiber sales', skillLabel: 'Fiber sales' }),
    ];
    for (const e of [...mine, endorsement()]) await endorsements.add(e);
    requests.length = 0;

    const { rows, malformed } = await endorsements.forPerson(personId);

    expect(rows.map(({ itemId: _, ...rest }) => rest)).toEqual(mine);
    expect(rows.every((r) => /^\d+$/.test(r.itemId))).toBe(true);
    expect(malformed).toEqual([]);
    expect(requests).toEqual([`GET ${items}`]);
  });

  it('reads every endorsement for building the index', async () => {
    const { store: endorsements } = store();
    const e = endorsement();
    await endorsements.add(e);
    const { rows } = await endorsements.all();
    expect(rows).toContainEqual(expect.objectContaining(e));
  });

  it('reports a row whose key does not match its parts as malformed, beside the good rows', async () => {
    const { store: endorsements } = store();
    const good = endorsement();
    await endorsements.add(good);
    const fields = {
      Title: 'x',
      EndorsementKey: 'someone|else|entirely',
      EndorserId: randomUUID(),
      PersonId: good.personId,
      SkillId: 'kubernetes',
      SkillLabel: 'Kubernetes',
      EndorsedAt: '2026-04-02T10:00:00Z',
    };
    const { body } = await adminItems('POST', '', { fields });

    const { rows, malformed } = await endorsements.forPerson(good.personId);

    expect(rows).toEqual([expect.objectContaining(good)]);
    expect(malformed).toEqual([
      expect.objectContaining({
        name: 'MalformedListItem',
        code: 'malformedListItem',
        list: list.displayName,
        itemId: body.id,
        issues: ['EndorsementKey: EndorsementKey does not match EndorserId|PersonId|SkillId'],
      }),
    ]);
  });
});

describe('GraphEndorsementStore.changes', () => {
  it('delivers every endorsement first, then what changed, with the details of removed ones', async () => {
    const { store: writer } = store();
    const before = endorsement();
    await writer.add(before);
    const { store: endorsements, requests } = store();

    const first = await endorsements.changes();
    expect(first.added).toContainEqual(expect.objectContaining(before));
    expect(first.removed).toEqual([]);
    expect(first.resynced).toBe(false);

    const added = endorsement();
    await writer.add(added);
    await writer.remove(before.endorserId, before.personId, before.skillKey);
    requests.length = 0;
    const second = await endorsements.changes();

    expect(second.added).toEqual([expect.objectContaining(added)]);
    expect(second.removed).toEqual([expect.objectContaining(before)]);
    expect(requests).toEqual([expect.stringMatching(/^GET \/sites\/.+\/items\/delta$/)]);
    expect(await endorsements.changes()).toEqual({ added: [], removed: [], malformed: [], resynced: false });
  });

  it('runs one round at a time, so two calls at once never deliver a change twice', async () => {
    const { store: endorsements } = store();
    await endorsements.changes();
    const e = endorsement();
    await endorsements.add(e);

    const [a, b] = await Promise.all([endorsements.changes(), endorsements.changes()]);

    expect([...a.added, ...b.added].filter((x) => x.personId === e.personId)).toHaveLength(1);
  });

  it('reports an edited row as its old version removed and its new one added', async () => {
    const { store: endorsements } = store();
    const e = endorsement();
    await endorsements.add(e);
    await endorsements.changes();
    const { body } = await adminItems('GET', `?$filter=fields/PersonId eq '${e.personId}'`);
    await adminItems('PATCH', `/${body.value[0].id}/fields`, { SkillLabel: 'K8s' });

    const changes = await endorsements.changes();

    expect(changes.removed).toEqual([expect.objectContaining({ ...e, skillLabel: 'Kubernetes' })]);
    expect(changes.added).toEqual([expect.objectContaining({ ...e, skillLabel: 'K8s' })]);
  });

  it('starts over when the delta token expired (410), reporting the difference', async () => {
    const { store: endorsements, requests } = store();
    const stays = endorsement();
    const goes = endorsement();
    await endorsements.add(stays);
    await endorsements.add(goes);
    await endorsements.changes();
    await endorsements.remove(goes.endorserId, goes.personId, goes.skillKey);
    const arrives = endorsement();
    await endorsements.add(arrives);
    await devControl(t, 'POST', '/delta/expire', { listId: await listId(t, list) });
    requests.length = 0;

    const changes = await endorsements.changes();

    expect(changes.resynced).toBe(true);
    expect(changes.removed).toEqual([expect.objectContaining(goes)]);
    expect(changes.added).toEqual([expect.objectContaining(arrives)]);
    expect(count(requests, requests[0]!)).toBe(1);
    expect(requests).toHaveLength(2);
  });
});
