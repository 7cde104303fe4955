import { randomUUID } from 'node:crypto';
import {
  defineList,
  endorsementKey,
  endorsementsList,
  expertiseSettingsList,
  parseSiteUrl,
  provisionLists,
  resolveSiteId,
  samenLists,
  SiteNotFound,
  talentLists,
  type ColumnSchema,
  type ListSchema,
} from '../../src';
import { provisionDevTenant } from '../../src/node';
import { tenant } from '../../../test-support/tenant';
import { recordingServiceClient, uniquelyNamed } from './support';

const t = tenant();
const siteId = t.hubSite.id;

/** The columns of a list as Graph reports them now. */
async function siteColumns(title: string): Promise<Map<string, Record<string, any>>> {
  const { client } = recordingServiceClient(t);
  const list = await client
    .api(`/sites/${siteId}/lists/${encodeURIComponent(title)}`)
    .expand('columns')
    .get();
  return new Map(list.columns.map((c: { name: string }) => [c.name, c]));
}

const withColumns = (schema: ListSchema, change: (columns: readonly ColumnSchema[]) => ColumnSchema[]) =>
  defineList({ ...schema, columns: change(schema.columns) });

const votes = (tag: string) =>
  defineList({
    displayName: `Samen Votes ${tag}`,
    description: 'votes',
    columns: [
      { name: 'VoteKey', text: {}, indexed: true, enforceUniqueValues: true, required: true },
      { name: 'Weight', number: {} },
    ],
  });

describe('provisionLists', () => {
  it('creates missing lists with all their columns: one GET of the lists, one $batch', async () => {
    const lists = uniquelyNamed(talentLists);
    const { client, requests } = recordingServiceClient(t);

    const report = await provisionLists(client, siteId, lists);

    expect(report).toEqual({
      created: lists.map((l) => l.displayName),
      updated: [],
      unchanged: [],
      problems: [],
    });
    expect(requests).toEqual([`GET /sites/${siteId}/lists`, 'POST /$batch']);
    const columns = await siteColumns(lists[0]!.displayName);
    expect(columns.get('EndorsementKey')).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
      required: true,
    });
    expect(columns.get('PersonId')).toMatchObject({
      indexed: true,
      text: expect.objectContaining({ maxLength: 64 }),
    });
    expect(columns.get('EndorsedAt')).toMatchObject({ dateTime: expect.anything(), required: true });
  });

  it('changes nothing when run again, in one round trip', async () => {
    const lists = uniquelyNamed(talentLists);
    await provisionLists(recordingServiceClient(t).client, siteId, lists);
    const { client, requests } = recordingServiceClient(t);

    const report = await provisionLists(client, siteId, lists);

    expect(report).toEqual({
      created: [],
      updated: [],
      unchanged: lists.map((l) => l.displayName),
      problems: [],
    });
    expect(requests).toEqual([`GET /sites/${siteId}/lists`]);
  });

  it('adds a column declared later to the existing list', async () => {
    const [before] = uniquelyNamed([expertiseSettingsList]);
    await provisionLists(recordingServiceClient(t).client, siteId, [before!]);
    const after = withColumns(before!, (columns) => [
      ...columns,
      { name: 'Pronouns', text: { maxLength: 40 } },
      { name: 'AnswersPerWeek', number: { minimum: 0 }, indexed: true },
    ]);
    const { client, requests } = recordingServiceClient(t);

    const report = await provisionLists(client, siteId, [after]);

    expect(report.updated).toEqual([
      { list: after.displayName, addedColumns: ['Pronouns', 'AnswersPerWeek'] },
    ]);
    expect(report.problems).toEqual([]);
    expect(requests).toEqual([`GET /sites/${siteId}/lists`, 'POST /$batch']);
    expect((await siteColumns(after.displayName)).get('AnswersPerWeek')).toMatchObject({ indexed: true });
  });

  it('adds more than 20 columns in as many batches as needed', async () => {
    const before = votes(randomUUID().slice(0, 8));
    await provisionLists(recordingServiceClient(t).client, siteId, [before]);
    const extra = Array.from({ length: 25 }, (_, i): ColumnSchema => ({ name: `Extra${i}`, number: {} }));
    const { client, requests } = recordingServiceClient(t);

    const report = await provisionLists(client, siteId, [withColumns(before, (c) => [...c, ...extra])]);

    expect(report.updated[0]!.addedColumns).toEqual(extra.map((c) => c.name));
    expect(requests.filter((r) => r === 'POST /$batch')).toHaveLength(2);
  });

  it('reports a column whose type differs, and changes nothing in that list', async () => {
    const before = votes(randomUUID().slice(0, 8));
    await provisionLists(recordingServiceClient(t).client, siteId, [before]);
    const conflicting = withColumns(before, ([key]) => [
      key!,
      { name: 'Weight', text: {} },
      { name: 'Comment', text: {} },
    ]);
    const { client, requests } = recordingServiceClient(t);

    const report = await provisionLists(client, siteId, [conflicting]);

    expect(report).toEqual({
      created: [],
      updated: [],
      unchanged: [],
      problems: [
        {
          list: before.displayName,
          column: 'Weight',
          message: "column 'Weight' is number on the site but text in the schema",
        },
      ],
    });
    expect(requests).toEqual([`GET /sites/${siteId}/lists`]);
    const columns = await siteColumns(before.displayName);
    expect(columns.get('Weight')).toHaveProperty('number');
    expect(columns.has('Comment')).toBe(false);
  });

  it('reports a lost unique constraint or index', async () => {
    const before = votes(randomUUID().slice(0, 8));
    await provisionLists(recordingServiceClient(t).client, siteId, [before]);
    const stricter = withColumns(before, ([key]) => [key!, { name: 'Weight', number: {}, indexed: true }]);

    const report = await provisionLists(recordingServiceClient(t).client, siteId, [stricter]);

    expect(report.problems.map((p) => p.message)).toEqual([
      "column 'Weight' is not indexed on the site but indexed in the schema",
    ]);
  });

  it('looks again when another run created a list meanwhile (409), and reports no problem', async () => {
    const lists = uniquelyNamed(talentLists);
    const otherAdmin = () => provisionLists(recordingServiceClient(t).client, siteId, lists).then(() => {});
    const { client, requests } = recordingServiceClient(t, (request) =>
      request === 'POST /$batch' ? otherAdmin() : Promise.resolve(),
    );

    const report = await provisionLists(client, siteId, lists);

    expect(report).toEqual({
      created: [],
      updated: [],
      unchanged: lists.map((l) => l.displayName),
      problems: [],
    });
    const lookAtLists = `GET /sites/${siteId}/lists`;
    expect(requests).toEqual([lookAtLists, 'POST /$batch', lookAtLists]);
  });

  it('lets two runs race for the same new lists: each list is created once, without problems', async () => {
    const lists = uniquelyNamed(talentLists);
    const reports = await Promise.all([
      provisionLists(recordingServiceClient(t).client, siteId, lists),
      provisionLists(recordingServiceClient(t).client, siteId, lists),
    ]);
    expect(reports.flatMap((r) => r.problems)).toEqual([]);
    expect(reports.flatMap((r) => r.created).sort()).toEqual(lists.map((l) => l.displayName).sort());
  });

  it('makes SharePoint refuse a second endorsement by the same endorser of the same person and skill', async () => {
    const [endorsements] = uniquelyNamed([endorsementsList]);
    const { client } = recordingServiceClient(t);
    await provisionLists(client, siteId, [endorsements!]);
    const items = client.api(`/sites/${siteId}/lists/${encodeURIComponent(endorsements!.displayName)}/items`);
    const endorse = (skill: string) => {
      const key = endorsementKey('endorser-1', 'person-1', skill);
      const fields = {
        Title: key,
        EndorsementKey: key,
        EndorserId: 'endorser-1',
        PersonId: 'person-1',
        SkillId: skill,
        SkillLabel: skill,
        EndorsedAt: '2026-04-01T09:00:00Z',
      };
      return items.post({ fields });
    };

    await endorse('kubernetes');
    await expect(endorse('KUBERNETES')).rejects.toMatchObject({ statusCode: 409 });
    await expect(endorse('fiber')).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('refuses two schemas of the same name before sending anything', async () => {
    const { client, requests } = recordingServiceClient(t);
    const [list] = uniquelyNamed([endorsementsList]);
    await expect(provisionLists(client, siteId, [list!, list!])).rejects.toThrow(/more than one feature/);
    expect(requests).toEqual([]);
  });
});

describe('resolveSiteId', () => {
  it("finds the hub site's id from its URL in one request", async () => {
    const { client, requests } = recordingServiceClient(t);
    expect(await resolveSiteId(client, parseSiteUrl(t.hubSite.webUrl))).toBe(siteId);
    expect(requests).toEqual([`GET /sites/${t.hubSite.hostname}:${t.hubSite.path}`]);
  });

  it('says so when there is no site at the URL', async () => {
    const { client } = recordingServiceClient(t);
    const nowhere = parseSiteUrl(`https://${t.hubSite.hostname}/sites/nowhere`);
    await expect(resolveSiteId(client, nowhere)).rejects.toBeInstanceOf(SiteNotFound);
  });
});

describe('provisionDevTenant', () => {
  it("provisions all of Samen's lists on the dev tenant's hub site, and is a no-op the second time", async () => {
    const first = await provisionDevTenant(process.env.SAMEN_TENANT_JSON!);
    expect(first.problems).toEqual([]);
    const names = samenLists.map((l) => l.displayName);
    expect([...first.created, ...first.unchanged].sort()).toEqual([...names].sort());

    const second = await provisionDevTenant(process.env.SAMEN_TENANT_JSON!);
    expect(second).toEqual({ created: [], updated: [], unchanged: names, problems: [] });
  });
});
