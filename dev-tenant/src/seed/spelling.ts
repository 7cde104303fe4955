import { skillForms } from './mentions';
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
const PROPER_NOUN = /^(Linux|Dutch|Microsoft|Android|Salesforce|Cisco|Azure|Google|Apache|Amazon|Nokia|Ericsson)\b/;

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

/** Spelling inside running text: the own-language name mostly, an alias or the other name otherwise. */
export function textSpelling(skill: RankedSkill, language: TextLanguage, rng: Rng): string {
  const form = rng.chance(0.65) ? (language === 'nl' ? skill.nl : skill.en) : rng.pick(skillForms(skill));
  return inSentence(form, skill);
}
