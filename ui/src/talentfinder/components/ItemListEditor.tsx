import { DefaultButton, getId, IconButton, TextField } from '@fluentui/react';
import type { IStyle, ITextField, ITheme } from '@fluentui/react';
import { useRef, useState } from 'react';
import { checkAddition, describeListProblem } from '../expertise-rules';
import type { ListProblem } from '../expertise-rules';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { SkillCombobox } from './SkillCombobox';

const styles = (theme: ITheme) =>
  ({
    heading: { margin: '20px 0 4px', fontSize: theme.fonts.medium.fontSize, fontWeight: 600 },
    adder: { display: 'flex', alignItems: 'flex-start', gap: 8 },
    field: { flexGrow: 1, minWidth: 0 },
    // Lines the button up with the input below the field's label.
    add: { marginTop: 29 },
    list: { listStyle: 'none', margin: '8px 0 0', padding: 0 },
    item: {
      display: 'flex',
      alignItems: 'center',
      gap: 8,
      padding: '2px 0 2px 8px',
      borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
    },
    itemText: { flexGrow: 1 },
    note: { fontSize: theme.fonts.small.fontSize, color: theme.semanticColors.bodySubtext },
    empty: { color: theme.semanticColors.bodySubtext, margin: '8px 0 0' },
  }) satisfies Record<string, IStyle>;

export interface ItemListEditorProps {
  readonly heading: string;
  readonly inputLabel: string;
  readonly placeholder: string;
  readonly emptyText: string;
  readonly items: readonly string[];
  readonly max?: number;
  /** Offer skill suggestions while typing. */
  readonly suggestSkills?: boolean;
  /** A note beside an item, e.g. its endorsements. */
  noteFor?(item: string): string | undefined;
  onChange(items: readonly string[]): void;
}

/** A list to add to and remove from, refusing blanks, duplicates (ignoring case) and more than `max`. */
export function ItemListEditor(props: ItemListEditorProps): JSX.Element {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  const [headingId] = useState(() => getId('talent-list'));
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<ListProblem | undefined>(undefined);
  const input = useRef<ITextField>(null);

  const add = (candidate: string): void => {
    const found = checkAddition(props.items, candidate, props.max);
    setProblem(found);
    if (found) return;
    props.onChange([...props.items, candidate.trim()]);
    setText('');
  };
  const remove = (item: string): void => {
    props.onChange(props.items.filter((entry) => entry !== item));
    // The button pressed is gone: keep focus in the editor.
    input.current?.focus();
  };
  const edit = (value: string): void => {
    setText(value);
    setProblem(undefined);
  };
  const error = problem && describeListProblem(problem, strings);
  const field = props.suggestSkills ? (
    <SkillCombobox
      componentRef={input}
      label={props.inputLabel}
      placeholder={props.placeholder}
      value={text}
      errorMessage={error}
      onChange={edit}
      onCommit={add}
    />
  ) : (
    <TextField
      componentRef={input}
      label={props.inputLabel}
      placeholder={props.placeholder}
      value={text}
      errorMessage={error}
      onChange={(_event, value) => edit(value ?? '')}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        add(text);
      }}
    />
  );

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.heading}>
        {props.heading}
      </h3>
      <div className={classes.adder}>
        <div className={classes.field}>{field}</div>
        <DefaultButton className={classes.add} text={strings.add} onClick={() => add(text)} />
      </div>
      {props.items.length === 0 ? (
        <p className={classes.empty}>{props.emptyText}</p>
      ) : (
        <ul className={classes.list} aria-labelledby={headingId}>
          {props.items.map((item) => (
            <li key={item} className={classes.item}>
              <span className={classes.itemText}>
                {item} {props.noteFor?.(item) && <span className={classes.note}>{props.noteFor(item)}</span>}
              </span>
              <IconButton
                iconProps={{ iconName: 'Cancel' }}
                ariaLabel={strings.remove(item)}
                title={strings.remove(item)}
                onClick={() => remove(item)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
