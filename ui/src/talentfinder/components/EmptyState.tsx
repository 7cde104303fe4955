import { DefaultButton, Text } from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';
import type { SkillSuggestion } from '../talent-service';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';

const styles = (theme: ITheme) =>
  ({
    root: { padding: '24px 0', color: theme.semanticColors.bodyText },
    title: { margin: '0 0 8px', fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    hint: { color: theme.semanticColors.bodySubtext, margin: '8px 0 0' },
    suggestions: {
      listStyle: 'none',
      padding: 0,
      margin: '8px 0 0',
      display: 'flex',
      flexWrap: 'wrap',
      gap: 8,
    },
  }) satisfies Record<string, IStyle>;

export interface EmptyStateProps {
  readonly query: string;
  readonly availableOnly: boolean;
  readonly suggestions: readonly SkillSuggestion[];
  onSearch(skill: string): void;
}

/** Nobody matched: the nearest known skills, one click from a new search. */
export function EmptyState(props: EmptyStateProps): JSX.Element {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  return (
    <div className={classes.root}>
      <h3 className={classes.title}>{strings.emptyTitle(props.query)}</h3>
      {props.suggestions.length > 0 && (
        <>
          <Text as="p" block>
            {strings.emptyDidYouMean}
          </Text>
          <ul className={classes.suggestions}>
            {props.suggestions.map((suggestion) => (
              <li key={suggestion.skillId}>
                <DefaultButton text={suggestion.label} onClick={() => props.onSearch(suggestion.label)} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className={classes.hint}>{props.availableOnly ? strings.emptyAvailableHint : strings.emptyHint}</p>
    </div>
  );
}
