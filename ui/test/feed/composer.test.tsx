import { screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { anna, me, renderFeed } from './render-feed';
import { announcements, articles, findArticle } from './helpers';

function editor(): HTMLElement {
  return screen.getByRole('textbox', { name: 'Message' });
}

describe('Composer', () => {
  it('posts a status with topics; the post appears first, takes the focus, and is announced', async () => {
    const { user, service } = renderFeed({
      given: (s) => s.givenPost({ author: me, bodyHtml: '<p>Older</p>', minutesAgo: 30 }),
    });
    await findArticle('Post by Mees Jansen');

    await user.click(editor());
    await user.keyboard('Nieuwe planning staat online');
    await user.type(screen.getByRole('textbox', { name: 'Topics' }), '#Planning{Enter}');
    expect(within(screen.getByRole('list', { name: 'Topics' })).getByText('#Planning')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Post' }));

    await waitFor(() => expect(articles()).toHaveLength(2));
    const first = articles()[0]!;
    expect(within(first).getByText('Nieuwe planning staat online')).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: '#Planning' })).toBeInTheDocument();
    expect(first).toHaveFocus();
    expect(service.callsOf('createPost')[0]?.args[0]).toMatchObject({ kind: 'status', topics: ['Planning'] });
    await waitFor(() => expect(announcements()).toContain('Your post is in the feed.'));
    expect(editor()).toBeEmptyDOMElement();
  });

  it('shows the service’s words when a blog has no title, and posts it once it has one', async () => {
    const { user, service } = renderFeed();
    await screen.findByText(/Nothing here yet/);

    await user.click(screen.getByRole('radio', { name: 'Blog' }));
    await user.click(editor());
    await user.keyboard('Een lang verhaal');
    await user.click(screen.getByRole('button', { name: 'Post' }));

    expect(await screen.findByText('The title is required.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Ons jaar');
    await user.click(screen.getByRole('button', { name: 'Post' }));

    expect(await findArticle('Ons jaar')).toBeInTheDocument();
    expect(service.callsOf('createPost').at(-1)?.args[0]).toMatchObject({ kind: 'blog', title: 'Ons jaar' });
    expect(screen.queryByText('The title is required.')).not.toBeInTheDocument();
  });

  it('mentions a colleague chosen from the listbox with the arrow keys and Enter', async () => {
    const { user, service } = renderFeed();
    await screen.findByText(/Nothing here yet/);

    await user.click(editor());
    await user.keyboard('Dank je @Ann');
    const listbox = await screen.findByRole('listbox', { name: 'Colleagues to mention' });
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Anna de Vries', 'Annet Smit']);
    expect(editor()).toHaveAttribute('aria-activedescendant', options[0]!.id);

    await user.keyboard('{ArrowDown}');
    expect(editor()).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{ArrowUp}{Enter}');

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    const mention = editor().querySelector('[data-mention]');
    expect(mention).toHaveAttribute('data-mention', anna.id);
    expect(mention).toHaveTextContent('@Anna de Vries');

    await user.click(screen.getByRole('button', { name: 'Post' }));
    await waitFor(() => expect(service.callsOf('createPost')).toHaveLength(1));
    expect(service.callsOf('createPost')[0]?.args[0]).toMatchObject({
      bodyHtml: expect.stringContaining(`data-mention="${anna.id}"`),
    });
    const post = await findArticle('Post by Mees Jansen');
    expect(within(post).getByRole('button', { name: '@Anna de Vries' })).toBeInTheDocument();
  });

  it('closes the mention picker with Escape and keeps the text', async () => {
    const { user } = renderFeed();
    await screen.findByText(/Nothing here yet/);
    await user.click(editor());
    await user.keyboard('@Bra');
    await screen.findByRole('listbox');

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(editor()).toHaveTextContent('@Bra');
  });

  describe('formatting', () => {
    // jsdom has no editing commands; the browser's are stood in for, as the editor uses them.
    const on = new Set<string>();
    const doc = document as unknown as Record<string, unknown>;
    beforeEach(() => {
      on.clear();
      doc['execCommand'] = jest.fn((command: string) =>
        on.has(command) ? on.delete(command) : on.add(command),
      );
      doc['queryCommandState'] = (command: string) => on.has(command);
    });
    afterEach(() => {
      delete doc['execCommand'];
      delete doc['queryCommandState'];
    });

    it('has a toolbar of toggle buttons that Ctrl+B and Ctrl+I press too', async () => {
      const { user } = renderFeed();
      const toolbar = await screen.findByRole('toolbar', { name: 'Formatting' });
      for (const name of ['Bold (Ctrl+B)', 'Italic (Ctrl+I)', 'Bulleted list', 'Numbered list']) {
        expect(within(toolbar).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
      }

      await user.click(editor());
      await user.keyboard('{Control>}b{/Control}');
      expect(document.execCommand).toHaveBeenCalledWith('bold');
      expect(within(toolbar).getByRole('button', { name: 'Bold (Ctrl+B)' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );

      await user.click(within(toolbar).getByRole('button', { name: 'Bulleted list' }));
      expect(document.execCommand).toHaveBeenCalledWith('insertUnorderedList');
      expect(within(toolbar).getByRole('button', { name: 'Bulleted list' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      expect(editor()).toHaveFocus();
    });
  });

  it('makes a link from a web address typed in the link dialog', async () => {
    const { user } = renderFeed();
    await screen.findByText(/Nothing here yet/);
    await user.click(editor());
    await user.keyboard('Lees ');
    await user.click(screen.getByRole('button', { name: 'Link' }));
    await user.type(await screen.findByRole('textbox', { name: 'Web address' }), 'contoso.com/plan{Enter}');

    const link = editor().querySelector('a');
    expect(link).toHaveAttribute('href', 'https://contoso.com/plan');
  });
});
