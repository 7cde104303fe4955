import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { SkillSuggestion, TalentResult, TalentSearchPage } from '../talent-service';
import { useTalentfinder } from '../talentfinder-context';

export interface SearchCriteria {
  readonly q: string;
  readonly available: boolean;
  readonly department: string;
  readonly location: string;
}

export interface SearchState {
  readonly phase: 'idle' | 'loading' | 'done' | 'error';
  /** What the shown results (or the error) are for. */
  readonly criteria?: SearchCriteria;
  readonly results: readonly TalentResult[];
  readonly total: number;
  readonly suggestions: readonly SkillSuggestion[];
  /** What the service searched for instead of a mistyped query. */
  readonly correctedQuery?: string;
  readonly error?: unknown;
  readonly loadingMore: boolean;
  /** A failed "show more": the results so far stay. */
  readonly moreError?: unknown;
}

type Action =
  | { type: 'start'; criteria: SearchCriteria }
  | { type: 'succeed'; page: TalentSearchPage }
  | { type: 'fail'; error: unknown }
  | { type: 'startMore' }
  | { type: 'succeedMore'; page: TalentSearchPage }
  | { type: 'failMore'; error: unknown };

const IDLE: SearchState = { phase: 'idle', results: [], total: 0, suggestions: [], loadingMore: false };

function reduce(state: SearchState, action: Action): SearchState {
  switch (action.type) {
    case 'start':
      return { ...IDLE, phase: 'loading', criteria: action.criteria };
    case 'succeed':
      return { ...state, phase: 'done', ...action.page };
    case 'fail':
      return { ...state, phase: 'error', error: action.error };
    case 'startMore':
      return { ...state, loadingMore: true, moreError: undefined };
    case 'succeedMore': {
      // Rankings can shift between pages (presence changes); never show a person twice.
      const seen = new Set(state.results.map((person) => person.id));
      const fresh = action.page.results.filter((person) => !seen.has(person.id));
      return {
        ...state,
        loadingMore: false,
        total: action.page.total,
        results: [...state.results, ...fresh],
      };
    }
    case 'failMore':
      return { ...state, loadingMore: false, moreError: action.error };
  }
}

export interface Search {
  readonly state: SearchState;
  search(criteria: SearchCriteria): void;
  showMore(): void;
  retry(): void;
}

/** Searches page by page. A newer search or page cancels the one in flight, so stale answers never show. */
export function useSearch(pageSize: number): Search {
  const { service, locale } = useTalentfinder();
  const [state, dispatch] = useReducer(reduce, IDLE);
  const inFlight = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => inFlight.current?.abort(), []);

  const fetchPage = useCallback(
    async (criteria: SearchCriteria, skip: number, more: boolean) => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      dispatch(more ? { type: 'startMore' } : { type: 'start', criteria });
      const query = { ...criteria, q: criteria.q.trim(), top: pageSize, skip };
      try {
        const page = await service.search(query, { locale, signal: controller.signal });
        if (!controller.signal.aborted) dispatch({ type: more ? 'succeedMore' : 'succeed', page });
      } catch (error) {
        if (!controller.signal.aborted) dispatch({ type: more ? 'failMore' : 'fail', error });
      }
    },
    [service, locale, pageSize],
  );

  const search = useCallback((criteria: SearchCriteria) => void fetchPage(criteria, 0, false), [fetchPage]);
  const showMore = useCallback(() => {
    if (state.criteria) void fetchPage(state.criteria, state.results.length, true);
  }, [fetchPage, state.criteria, state.results.length]);
  const retry = useCallback(() => {
    if (state.moreError !== undefined) showMore();
    else if (state.criteria) search(state.criteria);
  }, [search, showMore, state.criteria, state.moreError]);

  return { state, search, showMore, retry };
}
