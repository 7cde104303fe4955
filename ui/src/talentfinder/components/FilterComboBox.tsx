import { ComboBox } from '@fluentui/react';
import type { IComboBoxOption } from '@fluentui/react';
import { useMemo } from 'react';

export interface FilterComboBoxProps {
  readonly label: string;
  /** The option that means "no filter". */
  readonly anyLabel: string;
  readonly value: string;
  readonly known: readonly string[];
  onChange(value: string): void;
}

/** A filter that offers the values seen so far and accepts any other typed value. */
export function FilterComboBox(props: FilterComboBoxProps): JSX.Element {
  const { anyLabel, known, value } = props;
  const options = useMemo<IComboBoxOption[]>(() => {
    const values = value && !known.includes(value) ? [...known, value] : known;
    return [{ key: '', text: anyLabel }, ...values.map((entry) => ({ key: entry, text: entry }))];
  }, [anyLabel, known, value]);
  return (
    <ComboBox
      label={props.label}
      options={options}
      // Empty shows the placeholder ("All departments"), so typing starts from nothing.
      selectedKey={value || null}
      placeholder={anyLabel}
      allowFreeform
      autoComplete="on"
      useComboBoxAsMenuWidth
      onChange={(_event, option, _index, typed) => {
        const next = option ? String(option.key) : (typed ?? '').trim();
        if (next !== value) props.onChange(next);
      }}
    />
  );
}
