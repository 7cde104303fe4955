import { feedDefaults, feedScope, postUrlOn } from './feed-host';

describe('the Feed web part host', () => {
  it('reads the scope from the property pane, falling back to everyone while a choice is unfinished', () => {
    expect(feedScope({ scope: 'topic', topic: ' #Glasvezel ' })).toEqual({ kind: 'topic', topic: 'Glasvezel' });
    expect(feedScope({ scope: 'topic', topic: 'fiber sales' })).toEqual({ kind: 'everyone' });
    expect(feedScope({ scope: 'person', person: '6f1e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b' })).toEqual({
      kind: 'person',
      person: '6f1e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    });
    expect(feedScope({ scope: 'person', person: 'anna@contoso.nl' })).toEqual({ kind: 'everyone' });
  });

  it('keeps the page size within what the service accepts, and shows the composer unless told not to', () => {
    expect(feedDefaults({ pageSize: 500 })).toMatchObject({ pageSize: 50, showComposer: true });
    expect(feedDefaults({ pageSize: 0, showComposer: false })).toMatchObject({ pageSize: 1, showComposer: false });
    expect(feedDefaults({})).toMatchObject({ pageSize: 20 });
  });



  it('links to one post on the same page', () => {
    expect(postUrlOn('https://contoso.sharepoint.com/sites/intranet/SitePages/Home.aspx?x=1#top', '42')).toBe(
      'https://contoso.sharepoint.com/sites/intranet/SitePages/Home.aspx?x=1#samen-post=42',
    );
  });
});
