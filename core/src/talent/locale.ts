// The locale belongs to the contract (shared with the hosts); the talent engine's modules import it from here.
export { DEFAULT_LOCALE, LOCALES, negotiateLocale } from '../contract/locale';
export type { Locale } from '../contract/locale';
