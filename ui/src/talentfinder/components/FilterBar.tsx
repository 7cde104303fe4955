import { Toggle } from '@fluentui/react';
import type { IStyle } from '@fluentui/react';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { FilterComboBox } from './FilterComboBox';

const styles = () =>
  ({
    root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px 16px' },
    toggle: { marginBottom: 6 },
    combo: { minWidth: 180, flex: '1 1 180px', maxWidth: 280 },
  }) satisfies Record<string, IStyle>;

export interface Filters {
  readonly available: boolean;
  readonly department: string;
  readonly location: string;
}

export interface FilterBarProps {
  readonly filters: Filters;
  readonly departments: readonly string[];
  readonly locations: readonly string[];
  onChange(change: Partial<Filters>): void;
}

/** "Available now", department and location. */
export function FilterBar(props: FilterBarProps): JSX.Element {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  const { filters, onChange } = props;
  return (
    <div role="group" aria-label={strings.filtersLabel} className={classes.root}>
      <Toggle
        className={classes.toggle}
        label={strings.availableNow}
        inlineLabel
        checked={filters.available}
        onChange={(_event, checked) => onChange({ available: !!checked })}
      />
      <div className={classes.combo}>
        <FilterComboBox
          label={strings.department}
          anyLabel={strings.anyDepartment}
          value={filters.department}
          known={props.departments}
          onChange={(department) => onChange({ department })}
        />
      </div>
      <div className={classes.combo}>
        <FilterComboBox
          label={strings.location}
          anyLabel={strings.anyLocation}
          value={filters.location}
          known={props.locations}
          onChange={(location) => onChange({ location })}
        />
      </div>
    </div>
  );
}
