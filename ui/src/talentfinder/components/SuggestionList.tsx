import { HighContrastSelector } from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';
import type { SkillSuggestion } from '../talent-service';
import { useThemedStyles } from '../../shared/use-themed-styles';

const styles = (theme: ITheme) =>
  ({
    listbox: {
      position: 'absolute',
      zIndex: 10,
      left: 0,
      right: 0,
      margin: '2px 0 0',
      padding: '4px 0',
      listStyle: 'none',
      background: theme.semanticColors.menuBackground,
      border: `1px solid ${theme.semanticColors.inputBorder}`,
      borderRadius: theme.effects.roundedCorner2,
      boxShadow: theme.effects.elevation8,
    },
    option: {
      padding: '6px 12px',
      cursor: 'pointer',
      color: theme.semanticColors.menuItemText,
      selectors: { ':hover': { background: theme.semanticColors.menuItemBackgroundHovered } },
    },
    active: {
      background: theme.semanticColors.menuItemBackgroundPressed,
      outline: `1px solid ${theme.semanticColors.focusBorder}`,
      outlineOffset: '-1px',
      selectors: {
        [HighContrastSelector]: {
          background: 'Highlight',
          color: 'HighlightText',
          forcedColorAdjust: 'none',
        },
      },
    },
    typed: { fontWeight: 600 },
  }) satisfies Record<string, IStyle>;

export interface SuggestionListProps {
  readonly id: string;
  readonly label: string;
  readonly typed: string;
  readonly suggestions: readonly SkillSuggestion[];
  readonly activeIndex: number;
  onChoose(suggestion: SkillSuggestion): void;
}

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/** The listbox of a combobox: focus stays in the input, the active option is aria-activedescendant. */
export function SuggestionList(props: SuggestionListProps): JSX.Element {
  const classes = useThemedStyles(styles);
  return (
    <ul id={props.id} role="listbox" aria-label={props.label} className={classes.listbox}>
      {props.suggestions.map((suggestion, index) => (
        <li
          key={suggestion.skillId}
          id={optionId(props.id, index)}
          role="option"
          // The bold prefix splits the text: name the option as a whole.
          aria-label={suggestion.label}
          aria-selected={index === props.activeIndex}
          className={index === props.activeIndex ? `${classes.option} ${classes.active}` : classes.option}
          // Keep focus (and the caret) in the input; the click chooses.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => props.onChoose(suggestion)}
        >
          <Label text={suggestion.label} typed={props.typed} typedClass={classes.typed} />
        </li>
      ))}
    </ul>
  );
}

/** The label with what the user typed in bold, when the label starts with it. */
function Label(props: {
  readonly text: string;
  readonly typed: string;
  readonly typedClass: string;
}): JSX.Element {
  const typed = props.typed.trim();
  if (!typed || !props.text.toLocaleLowerCase().startsWith(typed.toLocaleLowerCase()))
    return <>{props.text}</>;
  return (
    <>
      <span className={props.typedClass}>{props.text.slice(0, typed.length)}</span>
      {props.text.slice(typed.length)}
    </>
  );
}
