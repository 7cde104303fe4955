import { screen, waitFor, within } from '@testing-library/react';

/** The feed's articles, as a screen reader lists them. */
export function articles(): HTMLElement[] {
  return within(screen.getByRole('feed')).queryAllByRole('article');
}

/** The article whose accessible name (its heading) is `name`. */
export function article(name: string | RegExp): HTMLElement {
  return within(screen.getByRole('feed')).getByRole('article', { name });
}

export async function findArticle(name: string | RegExp): Promise<HTMLElement> {
  return within(await screen.findByRole('feed')).findByRole('article', { name });
}

/** What the live regions say (they repeat for screen readers what happened). */
export function announcements(): string[] {
  return screen.queryAllByRole('status').map((element) => (element.textContent ?? '').trim());
}

/** Fluent's dialogs take pointer events only once they have opened; a person would wait that long too. */
export async function clickWhenReady(user: { click(element: Element): Promise<void> }, element: HTMLElement) {
  const takesPointer = () => {
    for (let e: HTMLElement | null = element; e; e = e.parentElement)
      if (getComputedStyle(e).pointerEvents === 'none') return false;
    return true;
  };
  await waitFor(() => expect(takesPointer()).toBe(true));
  await user.click(element);
}
