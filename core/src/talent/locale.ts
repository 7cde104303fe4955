/** The languages Samen speaks to people in. Every user-visible string exists in both. */
export type Locale = 'en-US' | 'nl-NL';

export const LOCALES: readonly Locale[] = ['en-US', 'nl-NL'];

/** Maps a host's language tag ("nl", "nl-BE", "en-GB", undefined) to the nearest locale Samen has. */
export function toLocale(tag: string | undefined): Locale {
  return tag !== undefined && /^nl(?:[-_]|$)/i.test(tag.trim()) ? 'nl-NL' : 'en-US';
}
