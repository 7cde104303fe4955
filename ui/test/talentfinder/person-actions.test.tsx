import { screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { renderTalentfinder } from './render-talentfinder';
import { anna, me } from './people';

async function searchFor(user: ReturnType<typeof renderTalentfinder>['user'], text: string): Promise<void> {
  await user.type(screen.getByRole('combobox', { name: 'Who knows about…' }), `${text}{Enter}`);
}

/** Nothing on the way up has `pointer-events: none`. */
function clickable(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (getComputedStyle(at).pointerEvents === 'none') return false;
  }
  return true;
}

/**
 * Chooses a skill in the open Endorse menu. Fluent keeps a menu off-screen (`pointer-events: none`) until an
 * animation frame has positioned it, as in a browser; on a busy machine the click could come first.
 */
async function chooseSkill(user: ReturnType<typeof renderTalentfinder>['user'], name: string): Promise<void> {
  const item = screen.getByRole('menuitemcheckbox', { name });
  await waitFor(() => expect(clickable(item)).toBe(true));
  await user.click(item);
}

async function cardOf(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name, level: 3 });
  return heading.closest('li')!;
}

describe('Talentfinder person actions', () => {
  it('links "Chat in Teams" to a chat with the UPN and a drafted first line naming the topic', async () => {
    const { user, openLink } = renderTalentfinder();
    await searchFor(user, 'glasvezel');
    const chat = within(await cardOf(anna.displayName)).getByRole('link', {
      name: 'Chat in Teams with Anna de Vries',
    });

    const url = new URL(chat.getAttribute('href')!);
    expect(`${url.origin}${url.pathname}`).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(url.searchParams.get('users')).toBe('anna.devries@contoso.nl');
    expect(url.searchParams.get('message')).toBe(
      'Hi Anna, I found you in Samen’s Talentfinder. Could I ask you something about glasvezel?',
    );

    await user.click(chat);
    expect(openLink).toHaveBeenCalledWith(chat.getAttribute('href'));
  });

  it('links "Email" to a mail with a subject naming the topic, opened through the host', async () => {
    const { user, openLink } = renderTalentfinder();
    await searchFor(user, 'kubernetes');
    const mail = within(await cardOf(anna.displayName)).getByRole('link', { name: 'Email Anna de Vries' });

    const href = mail.getAttribute('href')!;
    expect(href.startsWith('mailto:anna.devries@contoso.nl?')).toBe(true);
    expect(new URLSearchParams(href.split('?')[1]).get('subject')).toBe('A question about kubernetes');

    await user.click(mail);
    expect(openLink).toHaveBeenCalledWith(href);
  });

  it('endorses a colleague for one of the matching skills and says so', async () => {
    const { user, service } = renderTalentfinder();
    await searchFor(user, 'glasvezel');
    const card = within(await cardOf(anna.displayName));

    await user.click(card.getByRole('button', { name: 'Endorse' }));
    expect(screen.getByText('Endorse Anna de Vries for')).toBeInTheDocument();
    await chooseSkill(user, 'Glasvezel');

    await waitFor(() =>
      expect(card.getByRole('status')).toHaveTextContent(
        'You endorsed Anna de Vries for Glasvezel. 1 endorsement now.',
      ),
    );
    expect(service.callsOf('endorse').map((call) => call.args)).toEqual([[anna.id, 'Glasvezel']]);
  });

  it('withdraws the endorsement when the endorsed skill is chosen again', async () => {
    const { user, service } = renderTalentfinder();
    await searchFor(user, 'glasvezel');
    const card = within(await cardOf(anna.displayName));
    await user.click(card.getByRole('button', { name: 'Endorse' }));
    await chooseSkill(user, 'Glasvezel');
    await waitFor(() => expect(card.getByRole('status')).toHaveTextContent('You endorsed'));

    await user.click(card.getByRole('button', { name: 'Endorse' }));
    expect(screen.getByRole('menuitemcheckbox', { name: 'Glasvezel' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await chooseSkill(user, 'Glasvezel');

    await waitFor(() =>
      expect(card.getByRole('status')).toHaveTextContent(
        'You withdrew your endorsement of Anna de Vries for Glasvezel.',
      ),
    );
    expect(service.callsOf('withdrawEndorsement')).toHaveLength(1);
  });

  it('tells you, without alarm, when you had already endorsed that skill, and marks it endorsed', async () => {
    const { user, service } = renderTalentfinder();
    service.givenEndorsed(anna.id, 'Glasvezel');
    await searchFor(user, 'glasvezel');
    const card = within(await cardOf(anna.displayName));

    await user.click(card.getByRole('button', { name: 'Endorse' }));
    await chooseSkill(user, 'Glasvezel');

    await waitFor(() =>
      expect(card.getByRole('status')).toHaveTextContent('You have already endorsed this skill.'),
    );
    expect(card.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(card.getByRole('button', { name: 'Endorse' }));
    expect(screen.getByRole('menuitemcheckbox', { name: 'Glasvezel' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });

  it('does not let you endorse yourself, and says why', async () => {
    const { user, service } = renderTalentfinder();
    await searchFor(user, 'kubernetes');
    const card = within(await cardOf(me.displayName));

    const endorse = card.getByRole('button', { name: 'Endorse' });
    expect(endorse).toHaveAttribute('aria-disabled', 'true');
    expect(endorse).toHaveAccessibleDescription('You can’t endorse yourself.');
    await user.click(endorse);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(service.callsOf('endorse')).toHaveLength(0);
  });

  it("shows the service's refusal when you are the person after all", async () => {
    // The host's idea of the user and the token's subject can disagree (a page left open across accounts).
    const { user } = renderTalentfinder({ hostUser: { id: 'u-someone-else', displayName: 'Someone else' } });
    await searchFor(user, 'scrum');
    const card = within(await cardOf(me.displayName));

    await user.click(card.getByRole('button', { name: 'Endorse' }));
    await chooseSkill(user, 'Scrum');

    await waitFor(() => expect(card.getByRole('status')).toHaveTextContent('You cannot endorse yourself.'));
  });
});
