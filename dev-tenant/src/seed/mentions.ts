import { TAXONOMY } from './taxonomy';
import type { SkillDefinition } from './types';

/** Every spelling of a skill (English, Dutch, aliases), without case-insensitive duplicates. */
export function skillForms(skill: Pick<SkillDefinition, 'en' | 'nl' | 'aliases'>): string[] {
  const seen = new Set<string>();
  return [skill.en, skill.nl, ...skill.aliases].filter((form) => {
    const key = form.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface FormMatcher {
  form: string;
  lower: string;
  skillId: string;
  /** Compiled on first use: compiling all ~1,100 Unicode-aware patterns up front costs a noticeable pause. */
  pattern?: RegExp;
}

interface Match {
  start: number;
  end: number;
  skillId: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Letters and digits on either side mean the spelling is part of a longer word ("Glasvezeluitrol" does not
// mention "Glasvezel"); punctuation and spaces do not ("5G-uitrol" mentions "5G").
const MATCHERS: readonly FormMatcher[] = TAXONOMY.flatMap((skill) =>
  skillForms(skill).map((form) => ({ form, lower: form.toLowerCase(), skillId: skill.id })),
);

function patternOf(matcher: FormMatcher): RegExp {
  matcher.pattern ??= new RegExp(`(?<![\\p{L}\\p{N}])${escape(matcher.form)}(?![\\p{L}\\p{N}])`, 'giu');
  return matcher.pattern;
}

function findMatches(text: string): Match[] {
  const lower = text.toLowerCase();
  const matches: Match[] = [];
  for (const matcher of MATCHERS) {
    if (!lower.includes(matcher.lower)) continue; // cheap filter before the regex
    for (const found of text.matchAll(patternOf(matcher))) {
      const start = found.index ?? 0;
      matches.push({ start, end: start + found[0].length, skillId: matcher.skillId });
    }
  }
  return matches;
}

/**
 * Skill ids a text mentions. A spelling inside a longer spelling of another skill does not count:
 * "FTTH rollout" mentions the rollout skill, not also fiber optics through "FTTH".
 */
export function mentionedSkills(text: string): Set<string> {
  const matches = findMatches(text);
  const ids = new Set<string>();
  for (const m of matches) {
    const covered = matches.some(
      (other) =>
        other.skillId !== m.skillId &&
        other.start <= m.start &&
        other.end >= m.end &&
        other.end - other.start > m.end - m.start,
    );
    if (!covered) ids.add(m.skillId);
  }
  return ids;
}
