import { TenantDocumentLinks, createPost } from '../../src';
import { ana, feedWorld } from './world';

const links = new TenantDocumentLinks(['contoso.sharepoint.com', 'contoso-my.sharepoint.com']);

describe('TenantDocumentLinks ("refer, don\'t attach")', () => {
  it.each([
    [
      'https://contoso.sharepoint.com/sites/netwerk/Shared%20Documents/Uitrolplan%20Q3.docx',
      'Uitrolplan Q3',
      'word',
    ],
    ['https://contoso.sharepoint.com/sites/netwerk/Shared%20Documents/Budget.XLSX', 'Budget', 'excel'],
    [
      'https://contoso-my.sharepoint.com/personal/anna_contoso_nl/Documents/Notities.one',
      'Notities',
      'onenote',
    ],
    ['https://contoso.sharepoint.com/sites/netwerk/SitePages/Welkom.aspx', 'Welkom', 'page'],
    ['https://contoso.sharepoint.com/sites/netwerk/Shared%20Documents/Projecten', 'Projecten', 'folder'],
    ['https://contoso.sharepoint.com/sites/netwerk/Shared%20Documents/kaart.kmz', 'kaart.kmz', 'file'],
    ['https://contoso.sharepoint.com/:p:/s/netwerk/EaBcDeF', '', 'powerpoint'],
  ])('reads %s as %p (%s)', async (url, title, type) => {
    expect(await links.describe([url])).toEqual([{ url, title, type }]);
  });

  it('leaves links outside the tenant, plain http and site roots as plain links', async () => {
    expect(
      await links.describe([
        'https://example.com/Plan.docx',
        'http://contoso.sharepoint.com/sites/x/Plan.docx',
        'https://contoso.sharepoint.com/sites',
        'mailto:anna@contoso.nl',
      ]),
    ).toEqual([]);
  });

  it("makes a post's document links into cards, in the order written", async () => {
    const world = { ...feedWorld(), documents: links };
    const post = await createPost(world, ana, {
      kind: 'status',
      bodyHtml:
        '<p>Zie <a href="https://contoso.sharepoint.com/sites/n/Docs/Plan.pdf">het plan</a> en <a href="https://example.com">dit</a></p>',
    });
    expect(post.links).toEqual([
      { url: 'https://contoso.sharepoint.com/sites/n/Docs/Plan.pdf', title: 'Plan', type: 'pdf' },
    ]);
  });
});
