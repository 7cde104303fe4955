import { Rng } from './random';
import type { RankedSkill } from './taxonomy';

export type TextLanguage = 'nl' | 'en';

/**
 * How a person writes a skill down: usually its name in their own language, sometimes the other language's
 * name, often an alias ("k8s", "glasvezel", "FTTH"). Search has to treat them all as the same skill.
 */
export function declaredSpelling(skill: RankedSkill, language: TextLanguage, rng: Rng): string {
  const own = language === 'nl' ? skill.nl : skill.en;
  const other = language === 'nl' ? skill.en : skill.nl;
  const roll = rng.next();
  if (roll < 0.5 || (skill.aliases.length === 0 && roll < 0.75)) return own;
  if (roll < 0.7 || skill.aliases.length === 0) return other;
  return rng.pick(skill.aliases);
}

// Names that stay capitalised mid-sentence even when the skill name was translated.
const PROPER_NOUN =
  /^(Linux|Dutch|Microsoft|Android|Salesforce|Cisco|Azure|Google|Apache|Amazon|Nokia|Ericsson)\b/;

/**
 * Taxonomy names are written as titles ("Cloudarchitectuur"); inside a sentence a translated common noun
 * reads better in lower case ("ik werk aan cloudarchitectuur"). Brands keep their capitals: their English
 * and Dutch names are identical, or they start with a known proper noun.
 */
function inSentence(form: string, skill: RankedSkill): string {
  const isName = form === skill.en || form === skill.nl;
  if (!isName || skill.domain === 'languages' || skill.en === skill.nl || PROPER_NOUN.test(form)) return form;
  const firstWord = form.split(/[ (]/)[0] ?? '';
  const commonNoun = firstWord.length >= 3 && firstWord.slice(1) === firstWord.slice(1).toLowerCase();
  return commonNoun ? form.charAt(0).toLowerCase() + form.slice(1) : form;
}

// Aliases carry no language tag. Acronyms, version-like names and brands ("FTTH", "k8s", "Wireshark") read
// fine in any sentence; lower-case aliases are often Dutch ("glasvezel", "teamleiding") and would jar in English.
const NEUTRAL_ALIAS = /^[^a-z]*$|\d|^[A-Z][A-Za-z.]*$/;

/**
 * Spelling inside running text: mostly the name in the text's language, sometimes an alias. Dutch texts
 * borrow any alias, as Dutch colleagues do; English texts only language-neutral ones.
 */
export function textSpelling(skill: RankedSkill, language: TextLanguage, rng: Rng): string {
  const name = language === 'nl' ? skill.nl : skill.en;
  const aliases =
    language === 'nl' ? skill.aliases : skill.aliases.filter((alias) => NEUTRAL_ALIAS.test(alias));
  const form = aliases.length > 0 && rng.chance(0.3) ? rng.pick(aliases) : name;
  return inSentence(form, skill);
}
