import { PrimaryButton } from '@fluentui/react';
import type { IRefObject, IStyle, ITextField } from '@fluentui/react';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { SkillCombobox } from './SkillCombobox';

const styles = () =>
  ({
    root: { display: 'flex', alignItems: 'flex-end', gap: 8 },
    field: { flexGrow: 1, minWidth: 0 },
  }) satisfies Record<string, IStyle>;

export interface SearchBarProps {
  readonly query: string;
  onQueryChange(query: string): void;
  onSearch(query: string): void;
  readonly inputRef: IRefObject<ITextField>;
}

/** "Who knows about…": the search box with skill suggestions, and the search button. */
export function SearchBar(props: SearchBarProps): JSX.Element {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  return (
    <div role="search" className={classes.root}>
      <div className={classes.field}>
        <SkillCombobox
          componentRef={props.inputRef}
          label={strings.searchLabel}
          placeholder={strings.searchPlaceholder}
          value={props.query}
          onChange={props.onQueryChange}
          onCommit={props.onSearch}
        />
      </div>
      <PrimaryButton text={strings.searchButton} onClick={() => props.onSearch(props.query)} />
    </div>
  );
}
