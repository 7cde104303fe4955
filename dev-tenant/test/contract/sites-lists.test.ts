import { randomUUID } from 'node:crypto';
import { tenant } from '../../../test-support/tenant';
import { lists, sites } from './fixtures/sites-lists';
import { callers, replay, replayContract } from './replay';

const t = tenant();
const { app } = callers(t);
const site = t.hubSite;

describe('sites — site-get.md, site-getbypath.md', () => {
  it('gets the hub site by id', async () => {
    const reply = await replayContract(app, sites.byId(site.id));
    expect(reply.body).toMatchObject({ id: site.id, webUrl: site.webUrl });
  });

  it('gets the same site by hostname and server-relative path', async () => {
    const reply = await replayContract(app, sites.byPath(site.hostname, site.path));
    expect(reply.body.id).toBe(site.id);
  });
});

describe('lists — list-create.md, list-get.md, list-list.md', () => {
  it('creates a list with columns, gets it by id and by title, and finds it among the site’s lists', async () => {
    const title = `Books ${randomUUID().slice(0, 8)}`;
    const created = await replayContract(app, lists.create(site.id, title));
    const id: string = created.body.id;
    expect(created.body.displayName).toBe(title);

    const byId = await replayContract(app, lists.byId(site.id, id));
    expect(byId.body).toMatchObject({ id, list: { template: 'genericList', hidden: false } });
    const byTitle = await replayContract(app, lists.byTitle(site.id, title));
    expect(byTitle.body.id).toBe(id);
    const all = await replayContract(app, lists.all(site.id));
    expect(all.body.value.map((l: { id: string }) => l.id)).toContain(id);

    // list-create.md: the columns asked for, besides the template's Title.
    const columns = await app.api(`/sites/${site.id}/lists/${id}/columns`).get();
    const names = columns.value.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Title', 'Writer', 'PageCount']));
    const writer = columns.value.find((c: { name: string }) => c.name === 'Writer');
    expect(writer.text).toBeDefined();
  });

  it('answers 404 itemNotFound for a list title that does not exist', async () => {
    const reply = await replay(app, lists.byTitle(site.id, `Nope ${randomUUID()}`));
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('itemNotFound');
  });
});
