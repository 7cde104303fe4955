import { screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { renderTalentfinder } from './render-talentfinder';
import { anna, bram, carla } from './people';

function searchBox(): HTMLElement {
  return screen.getByRole('combobox', { name: 'Who knows about…' });
}

/** For text queries: skip the live regions, which repeat what is on screen for screen readers. */
const VISIBLE_ONLY = '[role="status"], script, style';

function liveMessages(): (string | null)[] {
  return screen.getAllByRole('status').map((element) => element.textContent);
}

function card(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { name, level: 3 });
  return heading.closest('li')!;
}

describe('Talentfinder search', () => {
  it('shows the colleagues found, with presence in words and why each one matched', async () => {
    const { user } = renderTalentfinder();
    await user.type(searchBox(), 'fiber{Enter}');

    expect(await screen.findByRole('heading', { name: anna.displayName })).toBeInTheDocument();
    const annaCard = within(card(anna.displayName));
    expect(annaCard.getByText('Available')).toBeInTheDocument();
    expect(annaCard.getByText('Sales engineer · Zakelijke markt · Amsterdam')).toBeInTheDocument();
    expect(annaCard.getByText('skills: Fiber sales')).toBeInTheDocument();
    expect(
      within(annaCard.getByRole('list', { name: 'Matching skills' })).getByText('Fiber sales'),
    ).toBeInTheDocument();
    expect(within(card(bram.displayName)).getByText('Busy · In a meeting')).toBeInTheDocument();
    expect(within(card(carla.displayName)).getByText('Offline · Off work')).toBeInTheDocument();
  });

  it('announces the number of colleagues found in a live region', async () => {
    const { user } = renderTalentfinder();
    await user.type(searchBox(), 'glasvezel{Enter}');

    await waitFor(() => expect(liveMessages()).toContain('3 colleagues know about “glasvezel”'));
  });

  it('says so when a mistyped word was searched as the word colleagues wrote', async () => {
    const { user } = renderTalentfinder();
    await user.type(searchBox(), 'kubrenetes{Enter}');

    expect(
      await screen.findByText(
        'No one wrote “kubrenetes”, so Samen searched for the closest words colleagues use.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(liveMessages()).toContain('2 colleagues know about “Kubernetes”'));
  });

  it('asks only for colleagues available now when "Available now" is on', async () => {
    const { user, service } = renderTalentfinder();
    await user.click(screen.getByRole('switch', { name: 'Available now' }));
    await user.type(searchBox(), 'glasvezel{Enter}');

    expect(await screen.findByRole('heading', { name: anna.displayName })).toBeInTheDocument();
    expect(service.lastSearch()).toMatchObject({ q: 'glasvezel', available: true });
    expect(screen.queryByRole('heading', { name: bram.displayName })).not.toBeInTheDocument();
  });

  it('searches again with the same words when a filter changes', async () => {
    const { user, service } = renderTalentfinder({ defaults: { department: 'Netwerk' } });
    await user.type(searchBox(), 'glasvezel{Enter}');
    expect(await screen.findByRole('heading', { name: bram.displayName })).toBeInTheDocument();
    expect(service.lastSearch()).toMatchObject({ q: 'glasvezel', department: 'Netwerk', available: false });

    await user.click(screen.getByRole('switch', { name: 'Available now' }));
    await waitFor(() => expect(service.lastSearch()).toMatchObject({ q: 'glasvezel', available: true }));
  });

  it('suggests skills as you type, chosen with the arrow keys and Enter', async () => {
    const { user, service } = renderTalentfinder();
    const input = searchBox();
    await user.type(input, 'fib');

    const listbox = await screen.findByRole('listbox', { name: 'Skill suggestions' });
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Fiber networks', 'Fiber sales', 'Fiber splicing']);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = within(listbox).getByRole('option', { name: 'Fiber sales' });
    expect(active).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', active.id);

    await user.keyboard('{Enter}');
    expect(input).toHaveValue('Fiber sales');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: anna.displayName })).toBeInTheDocument();
    expect(service.lastSearch().q).toBe('Fiber sales');
  });

  it('waits for a pause in typing before asking for suggestions', async () => {
    const { user, service } = renderTalentfinder();
    await user.type(searchBox(), 'kube');
    await screen.findByRole('option', { name: 'Kubernetes' });
    expect(service.callsOf('suggestSkills').map((call) => call.args[0])).toEqual(['kube']);
  });

  it('closes the suggestions with Escape and keeps the text', async () => {
    const { user } = renderTalentfinder();
    await user.type(searchBox(), 'fib');
    await screen.findByRole('listbox');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(searchBox()).toHaveValue('fib');
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('offers the nearest skills when nobody matches, and searches for one when clicked', async () => {
    const { user, service } = renderTalentfinder();
    await user.type(searchBox(), 'fibre optics{Enter}');

    expect(
      await screen.findByRole('heading', { name: 'No one found for “fibre optics”' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fiber sales' }));

    expect(await screen.findByRole('heading', { name: anna.displayName })).toBeInTheDocument();
    expect(service.lastSearch().q).toBe('Fiber sales');
    expect(searchBox()).toHaveValue('Fiber sales');
    expect(searchBox()).toHaveFocus();
  });

  it("shows the service's message when a search fails, and tries again on request", async () => {
    const { user, service } = renderTalentfinder();
    service.failNext('search', 'unavailable');
    await user.type(searchBox(), 'glasvezel{Enter}');

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Samen is busy right now. Please try again in a moment.',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: anna.displayName })).toBeInTheDocument();
    expect(service.callsOf('search')).toHaveLength(2);
  });

  it('pages with "Show more", moving focus to the first colleague added', async () => {
    const { user } = renderTalentfinder({ defaults: { pageSize: 2 } });
    await user.type(searchBox(), 'glasvezel{Enter}');

    expect(await screen.findByText('Showing 2 of 3', { ignore: VISIBLE_ONLY })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show more' }));

    const carlaHeading = await screen.findByRole('heading', { name: carla.displayName });
    expect(carlaHeading).toHaveFocus();
    expect(screen.getByText('Showing 3 of 3', { ignore: VISIBLE_ONLY })).toBeInTheDocument();
    expect(liveMessages()).toContain('Showing 3 of 3');
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('drops the answer to a search that a newer one replaced', async () => {
    // The first search is slow, the second fast: the slow answer must not overwrite the newer one.
    const { user, service } = renderTalentfinder({
      latency: (call) =>
        call.method === 'search' && (call.args[0] as { q: string }).q === 'glasvezel' ? 200 : 5,
    });
    await user.type(searchBox(), 'glasvezel{Enter}');
    await user.clear(searchBox());
    await user.type(searchBox(), 'kubernetes{Enter}');

    expect(await screen.findByRole('heading', { name: anna.displayName })).toBeInTheDocument();
    expect(service.callsOf('search')[0]!.signal!.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(screen.queryByRole('heading', { name: bram.displayName })).not.toBeInTheDocument();
  });

  it('shows placeholders and says "Searching…" while a search runs', async () => {
    const { user } = renderTalentfinder({ latency: (call) => (call.method === 'search' ? 150 : 5) });
    await user.type(searchBox(), 'glasvezel{Enter}');

    expect(liveMessages()).toContain('Searching…');
    expect(document.querySelectorAll('.ms-Shimmer-container')).toHaveLength(3);
    expect(await screen.findByRole('heading', { name: anna.displayName })).toBeInTheDocument();
    expect(document.querySelector('.ms-Shimmer-container')).toBeNull();
  });

  it('filters by a department typed or picked from those seen in the results', async () => {
    const { user, service } = renderTalentfinder();
    await user.type(searchBox(), 'glasvezel{Enter}');
    await screen.findByRole('heading', { name: anna.displayName });

    // Fluent's ComboBox completes "Netw" to a department seen in the results. It reads Enter from the deprecated
    // KeyboardEvent.which, which user-event leaves 0, so commit the way a user moving on does: Tab.
    await user.type(screen.getByRole('combobox', { name: 'Department' }), 'Netw');
    await user.tab();

    await waitFor(() =>
      expect(service.lastSearch()).toMatchObject({ q: 'glasvezel', department: 'Netwerk' }),
    );
    expect(await screen.findByRole('heading', { name: bram.displayName })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: anna.displayName })).not.toBeInTheDocument(),
    );
  });

  it('keeps the colleagues shown when "Show more" fails, and tries the next page again', async () => {
    const { user, service } = renderTalentfinder({ defaults: { pageSize: 2 } });
    await user.type(searchBox(), 'glasvezel{Enter}');
    await screen.findByRole('heading', { name: anna.displayName });
    service.failNext('search', 'unavailable');

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Samen is busy right now.'));
    expect(screen.getByRole('heading', { name: bram.displayName })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: carla.displayName })).toBeInTheDocument();
    expect(service.callsOf('search').map((call) => (call.args[0] as { skip: number }).skip)).toEqual([
      0, 2, 2,
    ]);
  });
});
