export type Locale = 'en-US' | 'nl-NL';

/** Dutch for anyone whose browser or Teams client prefers Dutch first; English otherwise. */
export function localeOf(acceptLanguage: string | undefined): Locale {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('nl') ? 'nl-NL' : 'en-US';
}
