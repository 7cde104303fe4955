import { screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { renderTalentfinder } from './render-talentfinder';
import { myExpertise } from './people';

type Rendered = ReturnType<typeof renderTalentfinder>;

async function openPanel({ user }: Rendered): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'My expertise' }));
  const panel = await screen.findByRole('dialog', { name: 'My expertise' });
  await within(panel).findByRole('list', { name: 'My skills' });
  return panel;
}

function itemsOf(panel: HTMLElement, list: string): string[] {
  return within(within(panel).getByRole('list', { name: list }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('My expertise panel', () => {
  it('shows your skills with their endorsements, your opt-in and your languages', async () => {
    const rendered = renderTalentfinder();
    const panel = await openPanel(rendered);

    expect(itemsOf(panel, 'My skills')).toEqual(['Kubernetes 3 endorsements', 'Scrum ']);
    expect(within(panel).getByRole('switch', { name: 'Open to questions' })).not.toBeChecked();
    expect(itemsOf(panel, 'Languages I speak')).toEqual(['Nederlands ']);
  });

  it('refuses empty and duplicate skills, saying why', async () => {
    const rendered = renderTalentfinder();
    const { user } = rendered;
    const panel = within(await openPanel(rendered));
    const skillInput = panel.getByRole('combobox', { name: 'Add a skill' });
    const addSkill = panel.getAllByRole('button', { name: 'Add' })[0]!;

    await user.click(addSkill);
    expect(panel.getByText('Type something first.')).toBeInTheDocument();
    expect(skillInput).toHaveAttribute('aria-invalid', 'true');

    await user.type(skillInput, '  kubernetes ');
    await user.click(addSkill);
    expect(panel.getByText('“Kubernetes” is already on your list.')).toBeInTheDocument();
    expect(panel.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('allows at most 50 skills', async () => {
    const fifty = Array.from({ length: 50 }, (_, index) => `Skill ${index + 1}`);
    const rendered = renderTalentfinder({ expertise: { ...myExpertise, skills: fifty } });
    const { user } = rendered;
    const panelElement = await openPanel(rendered);
    const panel = within(panelElement);

    await user.type(panel.getByRole('combobox', { name: 'Add a skill' }), 'One more{Enter}');
    expect(panel.getByText('You can list up to 50 skills.')).toBeInTheDocument();
    expect(itemsOf(panelElement, 'My skills')).toHaveLength(50);
  });

  it('saves added and removed skills, the opt-in and languages, and confirms', async () => {
    const rendered = renderTalentfinder();
    const { user, service } = rendered;
    const panelElement = await openPanel(rendered);
    const panel = within(panelElement);

    // A suggested skill, chosen with the keyboard.
    await user.type(panel.getByRole('combobox', { name: 'Add a skill' }), 'Kot');
    await panel.findByRole('option', { name: 'Kotlin' });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(panel.getByRole('combobox', { name: 'Add a skill' })).toHaveValue('');
    await user.click(panel.getByRole('button', { name: 'Remove Scrum' }));
    await user.click(panel.getByRole('switch', { name: 'Open to questions' }));
    await user.type(panel.getByRole('textbox', { name: 'Add a language' }), 'English{Enter}');

    await user.click(panel.getByRole('button', { name: 'Save' }));

    expect(await panel.findByText('Your expertise is saved.')).toBeInTheDocument();
    expect(service.callsOf('updateMyExpertise').map((call) => call.args[0])).toEqual([
      { skills: ['Kubernetes', 'Kotlin'], openToQuestions: true, languages: ['Nederlands', 'English'] },
    ]);
    expect(itemsOf(panelElement, 'My skills')).toEqual(['Kubernetes 3 endorsements', 'Kotlin ']);
    expect(panel.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('sends only what changed', async () => {
    const rendered = renderTalentfinder();
    const { user, service } = rendered;
    const panel = within(await openPanel(rendered));

    await user.click(panel.getByRole('switch', { name: 'Open to questions' }));
    await user.click(panel.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(service.callsOf('updateMyExpertise')).toHaveLength(1));
    expect(service.callsOf('updateMyExpertise')[0]!.args[0]).toEqual({ openToQuestions: true });
  });

  it("shows the service's message when saving fails, keeping your changes", async () => {
    const rendered = renderTalentfinder();
    const { user, service } = rendered;
    const panel = within(await openPanel(rendered));
    service.failNext('updateMyExpertise', 'unavailable');

    await user.click(panel.getByRole('switch', { name: 'Open to questions' }));
    await user.click(panel.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(panel.getByRole('alert')).toHaveTextContent(
        'Samen is busy right now. Please try again in a moment.',
      ),
    );
    expect(panel.getByRole('switch', { name: 'Open to questions' })).toBeChecked();
    expect(panel.getByRole('button', { name: 'Save' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('returns focus to the "My expertise" button when closed', async () => {
    const rendered = renderTalentfinder();
    const { user } = rendered;
    const panel = within(await openPanel(rendered));

    await user.click(panel.getAllByRole('button', { name: 'Close' })[0]!);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'My expertise' })).toHaveFocus());
  });
});
