import { getId, TextField } from '@fluentui/react';
import type { IRefObject, ITextField } from '@fluentui/react';
import type { KeyboardEvent } from 'react';
import { useEffect, useState } from 'react';
import { useSuggestions } from '../hooks/use-suggestions';
import type { SkillSuggestion } from '../talent-service';
import { useTalentfinder } from '../talentfinder-context';
import { Announcer } from '../../shared/VisuallyHidden';
import { optionId, SuggestionList } from './SuggestionList';

export interface SkillComboboxProps {
  readonly label: string;
  readonly placeholder?: string;
  readonly value: string;
  onChange(value: string): void;
  /** Enter, or a suggestion chosen: the text to act on. */
  onCommit(value: string): void;
  readonly errorMessage?: string;
  readonly componentRef?: IRefObject<ITextField>;
}

/**
 * A text field that suggests skills as you type (ARIA combobox with a listbox popup): arrow keys move through
 * the suggestions, Enter takes the active one (or the typed text), Escape closes the list, then clears.
 */
export function SkillCombobox(props: SkillComboboxProps): JSX.Element {
  const { strings } = useTalentfinder();
  const [listId] = useState(() => getId('talent-skill-suggestions'));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useSuggestions(props.value, { enabled: open });
  const expanded = open && suggestions.length > 0;
  useEffect(() => setActive(-1), [suggestions]);

  const choose = (suggestion: SkillSuggestion): void => {
    setOpen(false);
    props.onChange(suggestion.label);
    props.onCommit(suggestion.label);
  };
  const move = (step: 1 | -1): void => {
    setOpen(true);
    const count = suggestions.length;
    if (count > 0) setActive((index) => (index < 0 && step < 0 ? count - 1 : (index + step + count) % count));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    const picked = expanded ? suggestions[active] : undefined;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (picked) choose(picked);
      else {
        setOpen(false);
        props.onCommit(props.value);
      }
    } else if (event.key === 'Escape' && (expanded || props.value)) {
      // Handled here, so a surrounding panel stays open.
      event.preventDefault();
      event.stopPropagation();
      if (expanded) setOpen(false);
      else props.onChange('');
    }
  };

  return (
    <div style={{ position: 'relative' }}>
      <TextField
        componentRef={props.componentRef}
        label={props.label}
        placeholder={props.placeholder}
        value={props.value}
        errorMessage={props.errorMessage}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(listId, active) : undefined}
        onChange={(_event, value) => {
          props.onChange(value ?? '');
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {expanded && (
        <SuggestionList
          id={listId}
          label={strings.suggestionsLabel}
          typed={props.value}
          suggestions={suggestions}
          activeIndex={active}
          onChoose={choose}
        />
      )}
      <Announcer message={expanded ? strings.suggestionsAvailable(suggestions.length) : ''} />
    </div>
  );
}
