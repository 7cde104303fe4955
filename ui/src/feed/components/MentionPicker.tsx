import type { IStyle, ITheme } from '@fluentui/react';
import { useThemedStyles } from '../../shared/use-themed-styles';
import type { PersonSuggestion } from '../feed-service';

const styles = (theme: ITheme) =>
  ({
    list: {
      listStyle: 'none',
      margin: 0,
      padding: 4,
      border: `1px solid ${theme.semanticColors.inputBorder}`,
      background: theme.semanticColors.bodyBackground,
      maxWidth: 320,
    },
    option: { padding: '4px 8px', cursor: 'pointer' },
    active: {
      padding: '4px 8px',
      cursor: 'pointer',
      background: theme.semanticColors.menuItemBackgroundHovered,
      outline: `2px solid ${theme.semanticColors.focusBorder}`,
      selectors: { '@media (forced-colors: active)': { outline: '2px solid Highlight' } },
    },
  }) satisfies Record<string, IStyle>;

export interface MentionPickerProps {
  readonly id: string;
  readonly label: string;
  readonly people: readonly PersonSuggestion[];
  readonly active: number;
  optionId(index: number): string;
  onChoose(person: PersonSuggestion): void;
}

/**
 * The colleagues matching "@…", as a listbox the editor drives: focus stays in the editor, which points at the
 * active option with aria-activedescendant (arrow keys move, Enter or Tab choose, Esc closes).
 */
export function MentionPicker(props: MentionPickerProps): JSX.Element {
  const classes = useThemedStyles(styles);
  return (
    <ul id={props.id} role="listbox" aria-label={props.label} className={classes.list}>
      {props.people.map((person, index) => (
        <li
          key={person.id}
          id={props.optionId(index)}
          role="option"
          aria-selected={index === props.active}
          className={index === props.active ? classes.active : classes.option}
          // mousedown, not click: the editor keeps its focus and caret.
          onMouseDown={(event) => {
            event.preventDefault();
            props.onChoose(person);
          }}
        >
          {person.displayName}
        </li>
      ))}
    </ul>
  );
}
