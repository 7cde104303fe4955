// The languages Samen speaks, and the one way every host chooses among them: the service (from
// Accept-Language), the SharePoint web part (from the page's UI culture), the Teams tab (from its context's
// locale) and the local portal. Part of the contract, so a browser bundle gets it without the talent engine.

/** The languages Samen speaks to people in. Every user-visible string exists in both. */
export type Locale = 'en-US' | 'nl-NL';

export const LOCALES: readonly Locale[] = ['en-US', 'nl-NL'];

/** What Samen speaks when a host prefers nothing it knows. */
export const DEFAULT_LOCALE: Locale = 'en-US';

const BY_LANGUAGE: Readonly<Record<string, Locale>> = { en: 'en-US', nl: 'nl-NL' };

interface Preference {
  readonly tag: string;
  readonly q: number;
}

/** "nl-BE;q=0.8" → { tag: "nl-BE", q: 0.8 }; a missing or malformed weight counts as 1 (RFC 9110, 12.4.2). */
function preferenceOf(entry: string): Preference {
  const [tag = '', ...parameters] = entry.split(';').map((part) => part.trim());
  const weight = parameters.find((parameter) => /^q=/i.test(parameter));
  const q = weight === undefined ? 1 : Number(weight.slice(2));
  return { tag, q: Number.isFinite(q) ? q : 1 };
}

/**
 * The locale for one language tag, by its primary language subtag only, as BCP 47 defines it: "nl", "nl-BE"
 * and "NL_nl" (a Windows-style culture) are Dutch. "nld" is not: BCP 47 uses the shortest ISO 639 code, and
 * no host sends ISO 639-2 codes as tags.
 */
function localeOfTag(tag: string): Locale | undefined {
  const language = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return Object.prototype.hasOwnProperty.call(BY_LANGUAGE, language) ? BY_LANGUAGE[language] : undefined;
}

/**
 * Samen's locale for what a host prefers: one tag (SharePoint's `currentUICultureName`, Teams' `locale`) or an
 * HTTP Accept-Language list ("fr-FR, nl;q=0.9, en;q=0.8"). The most preferred language Samen speaks wins
 * (weight 0 means "not this one"); English when there is none.
 */
export function negotiateLocale(preferences: string | undefined): Locale {
  const ranked = (preferences ?? '')
    .split(',')
    .map(preferenceOf)
    .filter((preference) => preference.tag !== '' && preference.q > 0)
    // Array.prototype.sort is stable: equal weights keep the order the host gave.
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
