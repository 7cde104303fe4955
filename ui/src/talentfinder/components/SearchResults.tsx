import { Text } from '@fluentui/react';
import type { IStyle } from '@fluentui/react';
import type { SearchState } from '../hooks/use-search';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { ResultList } from './ResultList';
import { ResultsShimmer } from './ResultsShimmer';
import { ShowMore } from './ShowMore';

const styles = () =>
  ({
    summary: { display: 'block', margin: '16px 0 8px', fontWeight: 600 },
    corrected: { display: 'block', margin: '0 0 8px' },
  }) satisfies Record<string, IStyle>;

export interface SearchResultsProps {
  readonly state: SearchState;
  onShowMore(): void;
  onRetry(): void;
  /** Search again for a suggested skill (from the empty state). */
  onSearchSkill(skill: string): void;
}

/** Loading, error, nobody found, or the colleagues found: one of these at a time. */
export function SearchResults(props: SearchResultsProps): JSX.Element | null {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  const { state } = props;
  const criteria = state.criteria;
  if (state.phase === 'idle' || !criteria) return null;
  if (state.phase === 'loading') return <ResultsShimmer />;
  if (state.phase === 'error')
    return <ErrorState title={strings.errorTitle} error={state.error} onRetry={props.onRetry} />;
  if (state.results.length === 0) {
    return (
      <EmptyState
        query={criteria.q}
        availableOnly={criteria.available}
        suggestions={state.suggestions}
        onSearch={props.onSearchSkill}
      />
    );
  }
  const searched = state.correctedQuery ?? criteria.q;
  return (
    <>
      <Text as="p" className={classes.summary}>
        {strings.resultSummary(state.total, searched, criteria.available)}
      </Text>
      {state.correctedQuery !== undefined && (
        <Text as="p" className={classes.corrected}>
          {strings.correctedFrom(criteria.q)}
        </Text>
      )}
      <ResultList results={state.results} topic={searched} />
      {state.moreError !== undefined && <ErrorState error={state.moreError} onRetry={props.onRetry} />}
      <ShowMore
        shown={state.results.length}
        total={state.total}
        loading={state.loadingMore}
        onShowMore={props.onShowMore}
      />
    </>
  );
}
