import { useEffect, useState } from 'react';
import type { SkillSuggestion } from '../talent-service';
import { useTalentfinder } from '../talentfinder-context';

export interface SuggestionOptions {
  /** Off while the list is closed: no requests for text the user is not looking at suggestions for. */
  readonly enabled: boolean;
  readonly delayMs?: number;
  readonly minLength?: number;
}

const NONE: readonly SkillSuggestion[] = [];

/**
 * Skill labels for what is typed, asked for once typing pauses. Each new keystroke cancels the pending request;
 * a failure just means no suggestions — searching still works.
 */
export function useSuggestions(text: string, options: SuggestionOptions): readonly SkillSuggestion[] {
  const { service, locale } = useTalentfinder();
  const { enabled, delayMs = 200, minLength = 2 } = options;
  const [suggestions, setSuggestions] = useState(NONE);
  const prefix = text.trim();

  useEffect(() => {
    if (!enabled || prefix.length < minLength) {
      setSuggestions(NONE);
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      service.suggestSkills(prefix, { locale, signal: controller.signal }).then(
        (found) => {
          if (!controller.signal.aborted) setSuggestions(found);
        },
        () => {
          if (!controller.signal.aborted) setSuggestions(NONE);
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [service, locale, prefix, enabled, delayMs, minLength]);

  return suggestions;
}
