import { randomUUID } from 'node:crypto';
import { BatchRequestContent, BatchResponseContent } from '@microsoft/microsoft-graph-client';
import { someUsers, tenant } from '../../../test-support/tenant';
import { batch, type BatchExample } from './fixtures/batch';
import { INVENTORY_COLUMNS } from './fixtures/items';
import { callers, replayContract } from './replay';
import { matchShape, summarise } from './shape';

const t = tenant();
const { app, user } = callers(t);
const siteId = t.hubSite.id;

type SubResponse = { id: string; status: number; headers: Record<string, string>; body?: any };

/** Replays a batch example, then holds each sub-response against the status and body shape expected for its id. */
async function replayBatch(caller: ReturnType<typeof user>, example: BatchExample) {
  const reply = await replayContract(caller, example.example);
  const responses = new Map<string, SubResponse>(reply.body.responses.map((r: SubResponse) => [r.id, r]));
  const seen = Object.fromEntries(
    [...responses].map(([id, r]) => {
      const expected = example.parts[id]?.body;
      const report = expected ? matchShape(r.body, expected) : undefined;
      const problems = report
        ? [...report.missing, ...report.wrongType, ...summarise(report.unexpected)]
        : [];
      return [id, { status: r.status, problems }];
    }),
  );
  const wanted = Object.fromEntries(
    Object.entries(example.parts).map(([id, p]) => [id, { status: p.status, problems: [] }]),
  );
  expect(seen).toEqual(wanted);
  return responses;
}

describe('$batch — concepts/json-batching.md', () => {
  let me: { id: string; userPrincipalName: string };
  let other: { id: string };
  beforeAll(async () => {
    const people = await someUsers(t, 2);
    [me, other] = [people[0]!, people[1]!];
  });

  it('answers every request of the example batch with its own status, headers and body', async () => {
    const responses = await replayBatch(user(me.userPrincipalName), batch.mixed(siteId, other.id, me.id));
    expect(responses.get('1')!.body.id).toBe(me.id);
    expect(responses.get('2')!.body.error.code).toBe('Authorization_RequestDenied');
    expect(responses.get('5')!.body['@odata.count']).toBeGreaterThanOrEqual(
      responses.get('5')!.body.value.length,
    );
    // Nothing the batch was refused happened.
    expect((await app.api(`/users/${other.id}`).get()).id).toBe(other.id);
  });

  it('runs a dependsOn chain 1 → 2 → 4 → 3 in that order', async () => {
    const list = await app.api(`/sites/${siteId}/lists`).post({
      displayName: `Batch ${randomUUID().slice(0, 8)}`,
      columns: INVENTORY_COLUMNS,
    });
    const items = `/sites/${siteId}/lists/${list.id}/items`;
    const item = await app.api(items).post({ fields: { Title: 'Widget', Color: 'Blue' } });
    const responses = await replayBatch(user(me.userPrincipalName), batch.sequenced(`${items}/${item.id}`));
    // 4 ran after 2 (it reads Green) and before 3 (the item still existed); 3 deleted it.
    expect(responses.get('4')!.body.fields.Color).toBe('Green');
    const after = await app.api(`${items}?expand=fields`).get();
    expect(after.value).toHaveLength(0);
  });

  it('fails the dependants of a failed request with 424', async () => {
    await replayBatch(user(me.userPrincipalName), batch.failedDependency());
  });

  it('works with the official client’s BatchRequestContent and BatchResponseContent', async () => {
    // In client 3.0.7 the steps' URLs lose only scheme and host, so they are given without the version
    // (microsoftgraph/msgraph-sdk-javascript#1451); with it Graph answers 400 (#1178), and so does the tenant.
    const origin = new URL(t.graphBaseUrl).origin;
    const content = new BatchRequestContent([
      { id: 'a', request: new Request(`${origin}/users/${me.id}?$select=id,displayName`) },
      { id: 'b', request: new Request(`${origin}/users/${other.id}/presence`), dependsOn: ['a'] },
      // The client only builds fully parallel or fully serial batches (the doc's tip), so c follows b.
      { id: 'c', request: new Request(`${origin}/v1.0/users/${me.id}`), dependsOn: ['b'] },
    ]);
    const answer = new BatchResponseContent(await app.api('/$batch').post(await content.getContent()));
    const a = answer.getResponseById('a');
    expect(a.status).toBe(200);
    expect(await a.json()).toEqual(expect.objectContaining({ id: me.id }));
    expect(answer.getResponseById('b').status).toBe(200);
    expect(answer.getResponseById('c').status).toBe(400);
  });
});
