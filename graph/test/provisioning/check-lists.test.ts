import {
  defineList,
  isListsNotProvisioned,
  provisionLists,
  requireLists,
  talentLists,
  type ListSchema,
} from '../../src';
import { tenant } from '../../../test-support/tenant';
import { recordingServiceClient, uniquelyNamed } from './support';

const t = tenant();
const siteId = t.hubSite.id;

const failureOf = (lists: readonly ListSchema[]) =>
  requireLists(recordingServiceClient(t).client, siteId, lists).then(
    () => undefined,
    (error: unknown) => error,
  );

describe('requireLists', () => {
  it('names the missing lists, the site, and the command that provisions them', async () => {
    const [endorsements, settings] = uniquelyNamed(talentLists);
    const { client, requests } = recordingServiceClient(t);

    const error = await requireLists(client, siteId, [endorsements!, settings!]).catch((e: unknown) => e);

    expect(isListsNotProvisioned(error)).toBe(true);
    expect(error).toMatchObject({
      siteUrl: t.hubSite.webUrl,
      missing: [endorsements!.displayName, settings!.displayName],
      message: expect.stringMatching(
        new RegExp(`Provision them with: npm run provision -- --site ${t.hubSite.webUrl}$`),
      ),
    });
    expect(requests).toEqual([`GET /sites/${siteId}/lists`, `GET /sites/${siteId}`]);
  });

  it('names a column that an older version of a list lacks', async () => {
    const [older] = uniquelyNamed(talentLists);
    const withoutDate = defineList({
      ...older!,
      columns: older!.columns.filter((c) => c.name !== 'EndorsedAt'),
    });
    await provisionLists(recordingServiceClient(t).client, siteId, [withoutDate]);

    expect(await failureOf([older!])).toMatchObject({
      missing: [`${older!.displayName} (column EndorsedAt)`],
    });
  });

  it('is satisfied, in one request, once the lists are provisioned', async () => {
    const lists = uniquelyNamed(talentLists);
    await provisionLists(recordingServiceClient(t).client, siteId, lists);
    const { client, requests } = recordingServiceClient(t);

    await expect(requireLists(client, siteId, lists)).resolves.toBeUndefined();
    expect(requests).toEqual([`GET /sites/${siteId}/lists`]);
  });
});
