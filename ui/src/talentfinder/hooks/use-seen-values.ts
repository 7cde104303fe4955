import { useEffect, useState } from 'react';

/**
 * The distinct non-empty values seen so far (from the defaults and every page of results), sorted for the
 * user's language: the options of a filter that has no list of its own to come from.
 */
export function useSeenValues(
  initial: readonly (string | undefined)[],
  current: readonly string[],
  locale: string,
): readonly string[] {
  const [seen, setSeen] = useState<readonly string[]>(() => merge([], initial, locale));
  useEffect(() => setSeen((known) => merge(known, current, locale)), [current, locale]);
  return seen;
}

function merge(
  known: readonly string[],
  more: readonly (string | undefined)[],
  locale: string,
): readonly string[] {
  const fresh = more.filter((value): value is string => !!value && !known.includes(value));
  if (fresh.length === 0) return known;
  return [...new Set([...known, ...fresh])].sort((a, b) => a.localeCompare(b, locale));
}
