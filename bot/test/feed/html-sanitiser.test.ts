import { XSS_PAYLOADS } from '../../../test-support/xss-corpus';
import { FeedHtmlSanitiser } from '../../src/feed/html-sanitiser';

const sanitiser = new FeedHtmlSanitiser({
  internalHosts: ['contoso.sharepoint.com', 'contoso-my.sharepoint.com'],
});

describe('the feed sanitiser', () => {
  it('keeps what the editor makes', () => {
    const html =
      '<p><strong>Vet</strong>, <em>schuin</em> en <span data-mention="0b9a-42">@Bram</span></p><ul><li>een</li></ul><ol><li>twee</li></ol>';
    expect(sanitiser.sanitise(html)).toEqual({
      html,
      text: 'Vet, schuin en @Bram een twee',
      mentionIds: ['0b9a-42'],
      linkUrls: [],
    });
  });

  it('marks links outside the tenant external; tenant links open without being marked', () => {
    const clean = sanitiser.sanitise(
      '<a href="https://contoso.sharepoint.com/sites/x/Plan.docx">plan</a> <a href="https://example.com/a">ext</a>',
    );
    expect(clean.html).toBe(
      '<a href="https://contoso.sharepoint.com/sites/x/Plan.docx" rel="noopener" target="_blank">plan</a> ' +
        '<a href="https://example.com/a" rel="noopener noreferrer nofollow" target="_blank" data-external="true">ext</a>',
    );
    expect(clean.linkUrls).toEqual([
      'https://contoso.sharepoint.com/sites/x/Plan.docx',
      'https://example.com/a',
    ]);
  });

  it.each(XSS_PAYLOADS.map((payload, i) => [i, payload]))(
    'payload %i leaves nothing that can run',
    (_, payload) => {
      const { html } = sanitiser.sanitise(payload);
      expect(html).not.toMatch(
        /<(script|iframe|object|embed|form|meta|base|style|svg|math|img|input|video|source|details|body|template|textarea)\b/i,
      );
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/(javascript|vbscript|data):/i);
      expect(html).not.toMatch(/\sstyle\s*=/i);
    },
  );

  it('reads inline markup as part of a word and blocks as breaks between words', () => {
    expect(sanitiser.sanitise('<p><strong>#glas</strong>vezel</p><p>5G &amp; meer</p>').text).toBe(
      '#glasvezel 5G & meer',
    );
  });

  it('drops a mention whose id is not an id, keeping its text', () => {
    expect(sanitiser.sanitise('<span data-mention="a b">@x</span>')).toMatchObject({
      html: '<span>@x</span>',
      mentionIds: [],
    });
  });
});
