import { screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { renderTalentfinder } from './render-talentfinder';
import { anna, bram, carla } from './people';

const VISIBLE_ONLY = '[role="status"], script, style';

function searchBox(): HTMLElement {
  return screen.getByRole('combobox', { name: 'Wie weet er iets van…' });
}

function card(name: string): HTMLElement {
  return screen.getByRole('heading', { name, level: 3 }).closest('li')!;
}

describe('Talentfinder in Dutch', () => {
  it('speaks Dutch from the first screen', () => {
    renderTalentfinder({ locale: 'nl-NL' });
    expect(screen.getByText('Vind de collega die het weet — en die nu beschikbaar is.')).toBeInTheDocument();
    expect(searchBox()).toHaveAttribute(
      'placeholder',
      'Een vaardigheid of onderwerp, bijv. glasvezelverkoop',
    );
    expect(screen.getByRole('button', { name: 'Zoeken' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Nu beschikbaar' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Afdeling' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Locatie' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mijn expertise' })).toBeInTheDocument();
  });

  it('shows results, presence and the chat draft in Dutch, and asks the service in Dutch', async () => {
    const { user, service } = renderTalentfinder({ locale: 'nl-NL' });
    await user.type(searchBox(), 'glasvezel{Enter}');

    expect(
      await screen.findByText('3 collega’s weten iets van ‘glasvezel’', { ignore: VISIBLE_ONLY }),
    ).toBeInTheDocument();
    expect(within(card(anna.displayName)).getByText('Beschikbaar')).toBeInTheDocument();
    expect(within(card(bram.displayName)).getByText('Bezet · In een vergadering')).toBeInTheDocument();
    expect(within(card(carla.displayName)).getByText('Offline · Vrij')).toBeInTheDocument();
    expect(
      within(card(anna.displayName)).getByRole('list', { name: 'Passende vaardigheden' }),
    ).toBeInTheDocument();

    const chat = within(card(anna.displayName)).getByRole('link', {
      name: 'Chat in Teams met Anna de Vries',
    });
    expect(new URL(chat.getAttribute('href')!).searchParams.get('message')).toBe(
      'Hoi Anna, ik kwam je tegen in de Talentfinder van Samen. Mag ik je iets vragen over glasvezel?',
    );
    expect(
      within(card(anna.displayName)).getByRole('link', { name: 'E-mail Anna de Vries' }),
    ).toBeInTheDocument();
    expect(
      within(card(anna.displayName)).getByRole('button', { name: 'Onderschrijven' }),
    ).toBeInTheDocument();
    expect(screen.getByText('3 van 3 getoond')).toBeInTheDocument();
    expect(new Set(service.calls.map((call) => call.locale))).toEqual(new Set(['nl-NL']));
  });

  it('shows the empty state and the service’s error in Dutch', async () => {
    const { user, service } = renderTalentfinder({ locale: 'nl-NL' });
    await user.type(searchBox(), 'fibre optics{Enter}');
    expect(
      await screen.findByRole('heading', { name: 'Niemand gevonden voor ‘fibre optics’' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Bedoel je een van deze vaardigheden?')).toBeInTheDocument();

    service.failNext('search', 'unavailable');
    await user.click(screen.getByRole('button', { name: 'Fiber sales' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Samen heeft het even druk. Probeer het zo nog eens.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });

  it('edits your expertise in Dutch', async () => {
    const { user } = renderTalentfinder({ locale: 'nl-NL' });
    await user.click(screen.getByRole('button', { name: 'Mijn expertise' }));
    const panel = within(await screen.findByRole('dialog', { name: 'Mijn expertise' }));

    expect(await panel.findByRole('list', { name: 'Mijn vaardigheden' })).toHaveTextContent(
      '3 keer onderschreven',
    );
    expect(panel.getByRole('switch', { name: 'Open voor vragen' })).toBeInTheDocument();
    await user.type(panel.getByRole('combobox', { name: 'Vaardigheid toevoegen' }), 'scrum{Enter}');
    expect(panel.getByText('‘Scrum’ staat al in je lijst.')).toBeInTheDocument();
    await user.click(panel.getByRole('button', { name: 'Scrum verwijderen' }));
    await user.click(panel.getByRole('button', { name: 'Opslaan' }));
    expect(await panel.findByText('Je expertise is opgeslagen.')).toBeInTheDocument();
  });
});
