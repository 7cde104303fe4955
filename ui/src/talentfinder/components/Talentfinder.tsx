import { getId } from '@fluentui/react';
import type { IButton, IStyle, ITextField } from '@fluentui/react';
import { pageSizeWithin } from '@samen/core/contract';
import { useMemo, useRef, useState } from 'react';
import type { TalentfinderDefaults } from '../host';
import { useSearch } from '../hooks/use-search';
import type { SearchState } from '../hooks/use-search';
import { useSeenValues } from '../hooks/use-seen-values';
import type { TalentfinderStrings } from '../strings';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { FilterBar } from './FilterBar';
import type { Filters } from './FilterBar';
import { Header } from './Header';
import { MyExpertisePanel } from './MyExpertisePanel';
import { SearchBar } from './SearchBar';
import { SearchResults } from './SearchResults';
import { Announcer } from '../../shared/VisuallyHidden';

const styles = () =>
  ({ root: { display: 'grid', gap: 16, padding: '16px 0' } }) satisfies Record<string, IStyle>;

function pageSizeOf(defaults: TalentfinderDefaults): number {
  return pageSizeWithin(defaults.pageSize);
}

/** What a screen reader hears as a search progresses; errors are announced by their own alert. */
function announcement(state: SearchState, pageSize: number, strings: TalentfinderStrings): string {
  const { criteria } = state;
  if (state.phase === 'loading') return strings.searching;
  if (state.phase !== 'done' || !criteria) return '';
  if (state.loadingMore) return strings.loadingMore;
  if (state.results.length === 0) return strings.emptyTitle(criteria.q);
  if (state.results.length > pageSize) return strings.showing(state.results.length, state.total);
  return strings.resultSummary(state.total, state.correctedQuery ?? criteria.q, criteria.available);
}

/** The Talentfinder's screen: search, filters, results, and the "My expertise" panel. */
export function Talentfinder(props: { readonly defaults: TalentfinderDefaults }): JSX.Element {
  const { defaults } = props;
  const { strings, locale } = useTalentfinder();
  const classes = useThemedStyles(styles);
  const pageSize = pageSizeOf(defaults);
  const { state, search, showMore, retry } = useSearch(pageSize);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(() => ({
    available: defaults.availableOnly ?? false,
    department: defaults.department ?? '',
    location: defaults.location ?? '',
  }));
  const [panelOpen, setPanelOpen] = useState(false);
  const [titleId] = useState(() => getId('talentfinder-title'));
  const searchInput = useRef<ITextField>(null);
  const myExpertiseButton = useRef<IButton>(null);

  const departments = useSeenValues(
    [defaults.department],
    useMemo(() => state.results.map((person) => person.department), [state.results]),
    locale,
  );
  const locations = useSeenValues(
    [defaults.location],
    useMemo(() => state.results.map((person) => person.officeLocation), [state.results]),
    locale,
  );

  const searchFor = (text: string): void => {
    if (text.trim()) search({ ...filters, q: text.trim() });
  };
  const onFiltersChange = (change: Partial<Filters>): void => {
    const next = { ...filters, ...change };
    setFilters(next);
    if (state.criteria) search({ ...next, q: state.criteria.q });
  };
  // The button or message that had focus is replaced by results: continue from the search box.
  const onSearchSkill = (skill: string): void => {
    setQuery(skill);
    searchFor(skill);
    searchInput.current?.focus();
  };
  const onRetry = (): void => {
    retry();
    searchInput.current?.focus();
  };

  return (
    <section aria-labelledby={titleId} className={classes.root}>
      <Header
        titleId={titleId}
        myExpertiseButton={myExpertiseButton}
        onOpenMyExpertise={() => setPanelOpen(true)}
      />
      <SearchBar query={query} onQueryChange={setQuery} onSearch={searchFor} inputRef={searchInput} />
      <FilterBar
        filters={filters}
        departments={departments}
        locations={locations}
        onChange={onFiltersChange}
      />
      <Announcer message={announcement(state, pageSize, strings)} />
      <SearchResults state={state} onShowMore={showMore} onRetry={onRetry} onSearchSkill={onSearchSkill} />
      <MyExpertisePanel
        isOpen={panelOpen}
        onDismiss={() => setPanelOpen(false)}
        onDismissed={() => myExpertiseButton.current?.focus()}
      />
    </section>
  );
}
