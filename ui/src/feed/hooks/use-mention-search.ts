import { useEffect, useState } from 'react';
import type { PersonSuggestion } from '../feed-service';
import { isAbort } from '../feed-service-error';
import { useFeed } from '../feed-context';

export interface MentionSearch {
  readonly open: boolean;
  readonly people: readonly PersonSuggestion[];
  readonly active: number;
  /** The text after "@" at the caret, or undefined when the caret is not in a mention. */
  lookFor(query: string | undefined): void;
  move(step: 1 | -1): void;
  close(): void;
}

/** Colleagues for "@…" as it is typed; only the latest query's answer counts. */
export function useMentionSearch(): MentionSearch {
  const { service, locale } = useFeed();
  const [query, setQuery] = useState<string | undefined>();
  const [people, setPeople] = useState<readonly PersonSuggestion[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (query === undefined || query.trim() === '') {
      setPeople([]);
      return undefined;
    }
    const controller = new AbortController();
    service.searchPeople(query.trim(), { locale, signal: controller.signal }).then(
      (found) => {
        setPeople(found.slice(0, 8));
        setActive(0);
      },
      (error: unknown) => {
        if (!isAbort(error)) setPeople([]);
      },
    );
    return () => controller.abort();
  }, [query, service, locale]);

  return {
    open: query !== undefined && people.length > 0,
    people,
    active,
    lookFor: (q) => setQuery((current) => (current === q ? current : q)),
    move: (step) => setActive((i) => (people.length ? (i + step + people.length) % people.length : 0)),
    close: () => {
      setQuery(undefined);
      setPeople([]);
    },
  };
}
