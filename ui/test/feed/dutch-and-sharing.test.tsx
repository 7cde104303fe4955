import { screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { LOCALES } from '@samen/core/contract';
import { feedStrings } from '../../src';
import { anna, bram, me, renderFeed } from './render-feed';
import { announcements, findArticle, clickWhenReady } from './helpers';

describe('In Dutch', () => {
  it('speaks Dutch: views, actions, presence, relative dates and the service’s problems', async () => {
    const { user } = renderFeed({
      locale: 'nl-NL',
      given: (s) => {
        s.givenFollowing({ person: anna.id });
        s.givenPost({ author: anna, bodyHtml: '<p>Hoi</p>', minutesAgo: 5, likeCount: 1 });
      },
    });

    const post = await findArticle('Bericht van Anna de Vries');
    expect(screen.getByRole('tab', { name: 'Voor jou' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Nieuwste' })).toBeInTheDocument();
    expect(within(post).getByText('(Beschikbaar)')).toBeInTheDocument();
    expect(within(post).getByText('5 minuten geleden')).toBeInTheDocument();
    expect(within(post).getByText('5 minuten geleden')).toHaveAttribute(
      'title',
      expect.stringMatching(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) /),
    );
    expect(within(post).getByRole('button', { name: /^Vind ik leuk/ })).toBeInTheDocument();
    expect(within(post).getByText(/1 keer leuk/)).toBeInTheDocument();
    expect(within(post).getByRole('button', { name: 'Anna de Vries volgen' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('radio', { name: 'Blog' }));
    await user.click(screen.getByRole('textbox', { name: 'Bericht' }));
    await user.keyboard('Tekst');
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));
    expect(await screen.findByText('De titel is verplicht.')).toBeInTheDocument();
  });

  it('has every word in both languages', () => {
    const [en, nl] = LOCALES.map((locale) => feedStrings(locale));
    const keys = (strings: object) => Object.keys(strings).sort();
    expect(keys(nl!)).toEqual(keys(en!));
    for (const key of keys(en!)) {
      const value = (nl as unknown as Record<string, unknown>)[key];
      expect(value).toBeTruthy();
    }
  });
});

describe('Sharing a post', () => {
  it('copies the link the host gives and announces it', async () => {
    const { user, copyText } = renderFeed({
      given: (s) => {
        s.givenFollowing({ person: bram.id });
        s.givenPost({ author: bram, bodyHtml: '<p>Deel mij</p>' });
      },
    });
    const post = await findArticle('Post by Bram Bakker');

    await user.click(within(post).getByRole('button', { name: 'Copy link' }));

    expect(copyText).toHaveBeenCalledWith(
      expect.stringMatching(/^https:\/\/contoso\.sharepoint\.com\/sites\/intranet\/feed\?post=p\d+$/),
    );
    await waitFor(() => expect(announcements()).toContain('Link to the post copied.'));
  });

  it('lets authors edit their own post in place', async () => {
    const { user, service } = renderFeed({
      given: (s) =>
        s.givenPost({
          author: me,
          bodyHtml: '<p>Eerst</p>',
          topics: [{ key: 'planning', label: 'Planning' }],
        }),
    });
    const post = await findArticle('Post by Mees Jansen');

    await user.click(within(post).getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const editor = within(post).getByRole('textbox', { name: 'Message' });
    expect(editor).toHaveTextContent('Eerst');
    await user.click(editor);
    await user.keyboard(' en nu');
    await user.click(within(post).getByRole('button', { name: 'Save' }));

    expect(await within(post).findByText(/edited/)).toBeInTheDocument();
    const body = document.getElementById(post.getAttribute('aria-describedby')!);
    expect(body).toHaveTextContent('Eerst');
    expect(body).toHaveTextContent('en nu');
    expect(service.callsOf('editPost')[0]?.args[1]).toMatchObject({ topics: ['Planning'] });
    await waitFor(() => expect(announcements()).toContain('Your changes are saved.'));
  });

  it('lets authors delete their own post after confirming', async () => {
    const { user, service } = renderFeed({
      given: (s) => s.givenPost({ author: me, bodyHtml: '<p>Oeps</p>' }),
    });
    const post = await findArticle('Post by Mees Jansen');

    await user.click(within(post).getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    await clickWhenReady(
      user,
      within(await screen.findByRole('dialog', { name: 'Delete this post?' })).getByRole('button', {
        name: 'Delete',
      }),
    );

    await waitFor(() => expect(screen.queryByRole('article')).not.toBeInTheDocument());
    expect(service.callsOf('deletePost')).toHaveLength(1);
  });
});
