import { screen, within } from '@testing-library/react';

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
