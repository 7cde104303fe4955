import { screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { XSS_PAYLOADS } from '../../../test-support/xss-corpus';
import { anna, me, renderFeed } from './render-feed';
import { articles, findArticle } from './helpers';

const DANGEROUS_TAGS =
  'script, iframe, object, embed, form, input, img, svg, math, style, meta, base, link, template, textarea, video, source, details, noscript, body';
const BAD_URL = /^\s*(?:javascript|data|vbscript)\s*:/i;

/** Everything a payload could have left that would run: tags, on* attributes, script URLs, styles. */
function leftovers(root: HTMLElement): string[] {
  const found = Array.from(root.querySelectorAll(DANGEROUS_TAGS)).map(
    (el) => `<${el.tagName.toLowerCase()}>`,
  );
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(element.attributes)) {
      if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(name) &&
        (BAD_URL.test(value) || name === 'srcdoc')
      )
        found.push(`${element.tagName} ${name}=${value}`);
    }
  }
  return found;
}

describe('Rendering what people wrote', () => {
  beforeEach(() => {
    (window as unknown as { __xss: jest.Mock }).__xss = jest.fn();
  });

  it('leaves no script, event handler or script URL from any XSS payload in a post body', async () => {
    const { user } = renderFeed({
      defaults: { pageSize: 30 },
      given: (s) =>
        XSS_PAYLOADS.forEach((html, i) => s.givenPost({ author: me, bodyHtml: html, minutesAgo: i + 1 })),
    });
    await waitFor(() => expect(articles()).toHaveLength(30));
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(articles()).toHaveLength(XSS_PAYLOADS.length));

    expect(articles().flatMap(leftovers)).toEqual([]);
    expect((window as unknown as { __xss: jest.Mock }).__xss).not.toHaveBeenCalled();
  });

  it('leaves none in comments either', async () => {
    const { user } = renderFeed({
      given: (s) => {
        const post = s.givenPost({ author: me, bodyHtml: '<p>Safe</p>' });
        XSS_PAYLOADS.forEach((html) => s.givenComment(post.id, anna, html));
      },
    });
    const post = await findArticle('Post by Mees Jansen');

    await user.click(within(post).getByRole('button', { name: `${XSS_PAYLOADS.length} comments` }));

    await waitFor(() =>
      expect(within(post).getAllByRole('button', { name: 'Reply' })).toHaveLength(XSS_PAYLOADS.length),
    );
    // The comments as rendered; the comment box below them is the app's own.
    const comments = within(post).getByRole('region').querySelector('ul');
    expect(comments).not.toBeNull();
    expect(leftovers(comments!)).toEqual([]);
  });

  it('keeps the editor’s formatting and marks external links, visibly and for screen readers', async () => {
    renderFeed({
      given: (s) =>
        s.givenPost({
          author: me,
          bodyHtml:
            '<p><strong>Vet</strong> en <em>schuin</em></p><ul><li>een</li></ul>' +
            '<p><a href="https://example.org/x" rel="noopener noreferrer nofollow" target="_blank" data-external="true">buiten</a> ' +
            '<a href="https://contoso.sharepoint.com/plan" rel="noopener" target="_blank">binnen</a></p>',
        }),
    });
    const post = await findArticle('Post by Mees Jansen');

    expect(within(post).getByText('Vet').tagName).toBe('STRONG');
    expect(within(post).getByText('schuin').tagName).toBe('EM');
    expect(within(post).getByRole('listitem')).toHaveTextContent('een');
    const external = within(post).getByRole('link', { name: 'buiten (external link)' });
    expect(external).toHaveAttribute('href', 'https://example.org/x');
    expect(external).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(external.querySelector('[data-external-marker]')).toBeInTheDocument();
    const internal = within(post).getByRole('link', { name: 'binnen' });
    expect(internal.querySelector('[data-external-marker]')).not.toBeInTheDocument();
  });

  it.each([
    ['en-US', 'Word document', 'Folder', 'PowerPoint presentation'],
    ['nl-NL', 'Word-document', 'Map', 'PowerPoint-presentatie'],
  ] as const)(
    'shows documents a post points to as cards with their kind (%s)',
    async (locale, word, folder, slides) => {
      renderFeed({
        locale,
        given: (s) =>
          s.givenPost({
            author: me,
            bodyHtml: '<p>Zie de stukken</p>',
            links: [
              {
                url: 'https://contoso.sharepoint.com/sites/n/Docs/Uitrolplan.docx',
                title: 'Uitrolplan',
                type: 'word',
              },
              {
                url: 'https://contoso.sharepoint.com/sites/n/Docs/Projecten',
                title: 'Projecten',
                type: 'folder',
              },
              // A sharing link names its kind but not its file: the kind is its title.
              { url: 'https://contoso.sharepoint.com/:p:/s/n/EaBc', title: '', type: 'powerpoint' },
              { url: 'javascript:alert(1)', title: 'Kwaad', type: 'file' },
            ],
          }),
      });
      const post = await findArticle(locale === 'nl-NL' ? 'Bericht van Mees Jansen' : 'Post by Mees Jansen');
      const cards = within(
        within(post).getByRole('list', { name: locale === 'nl-NL' ? 'Documenten' : 'Documents' }),
      ).getAllByRole('listitem');
      expect(cards.map((card) => card.textContent)).toEqual([
        `Uitrolplan${word}`,
        `Projecten${folder}`,
        `${slides}${slides}`,
      ]);
      expect(within(cards[0]!).getByRole('link', { name: 'Uitrolplan' })).toHaveAttribute(
        'href',
        'https://contoso.sharepoint.com/sites/n/Docs/Uitrolplan.docx',
      );
    },
  );

  it('renders a mention as a link to the person’s feed', async () => {
    const { user } = renderFeed({
      defaults: { scope: { kind: 'everyone' } },
      given: (s) =>
        s.givenPost({
          author: me,
          bodyHtml: `<p>Dank <span data-mention="${anna.id}">@Anna de Vries</span></p>`,
        }),
    });
    const post = await findArticle('Post by Mees Jansen');

    await user.click(within(post).getByRole('button', { name: '@Anna de Vries' }));

    expect(await screen.findByRole('heading', { name: 'Posts by Anna de Vries' })).toBeInTheDocument();
  });
});
