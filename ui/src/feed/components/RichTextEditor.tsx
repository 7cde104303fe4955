import { IconButton, Label, Stack } from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { useStableId } from '../../shared/use-stable-id';
import {
  applyFormat,
  formatIsOn,
  insertMention,
  mentionQueryAt,
  savedSelection,
  type Format,
} from '../editor-dom';
import type { PersonSuggestion } from '../feed-service';
import { sanitisedFragment } from '../safe-html';
import { useFeed } from '../feed-context';
import { useMentionSearch } from '../hooks/use-mention-search';
import { LinkDialog } from './LinkDialog';
import { MentionPicker } from './MentionPicker';

const styles = (theme: ITheme) =>
  ({
    editor: {
      minHeight: 80,
      padding: 8,
      border: `1px solid ${theme.semanticColors.inputBorder}`,
      borderRadius: 2,
      background: theme.semanticColors.inputBackground,
      color: theme.semanticColors.inputText,
      selectors: {
        ':focus': { outline: `2px solid ${theme.semanticColors.focusBorder}` },
        ':empty::before': {
          content: 'attr(data-placeholder)',
          color: theme.semanticColors.inputPlaceholderText,
        },
        '[data-mention]': { color: theme.semanticColors.link, fontWeight: 600 as const },
      },
    },
  }) satisfies Record<string, IStyle>;

const FORMATS: readonly {
  format: Format;
  icon: string;
  label: 'bold' | 'italic' | 'bulletList' | 'numberedList';
}[] = [
  { format: 'bold', icon: 'Bold', label: 'bold' },
  { format: 'italic', icon: 'Italic', label: 'italic' },
  { format: 'insertUnorderedList', icon: 'BulletedList', label: 'bulletList' },
  { format: 'insertOrderedList', icon: 'NumberedList', label: 'numberedList' },
];

export interface RichTextEditorProps {
  readonly label: string;
  /** What to edit: a post's HTML from the service, sanitised again before it enters the editor. */
  readonly initialHtml?: string;
  onChange(html: string): void;
}

/**
 * A small rich text editor: a toolbar (bold, italic, lists, link; each a toggle with aria-pressed), Ctrl+B and
 * Ctrl+I, and @mentions from a listbox. What it makes is HTML the service sanitises on the way in.
 */
export function RichTextEditor(props: RichTextEditorProps): JSX.Element {
  const { strings } = useFeed();
  const classes = useThemedStyles(styles);
  const editor = useRef<HTMLDivElement>(null);
  const labelId = useStableId('editor-label');
  const listId = useStableId('mentions');
  const [pressed, setPressed] = useState<ReadonlySet<Format>>(new Set());
  const [linkRange, setLinkRange] = useState<Range | null | undefined>(undefined);
  const mentions = useMentionSearch();
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    const root = editor.current;
    if (!root || props.initialHtml === undefined) return;
    root.replaceChildren(sanitisedFragment(props.initialHtml));
    // A mention is one unit: the caret goes around it, not into the name.
    root
      .querySelectorAll<HTMLElement>('[data-mention]')
      .forEach((mention) => (mention.contentEditable = 'false'));
    props.onChange(root.innerHTML);
    // Only the first render's HTML: after that, the editor holds the reader's own typing.
  }, []);

  const changed = (): void => {
    const root = editor.current;
    if (!root) return;
    props.onChange(root.innerHTML);
    setPressed(new Set(FORMATS.map((f) => f.format).filter(formatIsOn)));
    mentions.lookFor(mentionQueryAt(root)?.query);
  };

  const format = (f: Format): void => {
    editor.current?.focus();
    applyFormat(f);
    changed();
  };

  const choose = (person: PersonSuggestion): void => {
    const root = editor.current;
    const at = root && mentionQueryAt(root);
    if (at) insertMention(at, person);
    mentions.close();
    changed();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (mentions.open && handlePickerKey(event, mentions, choose)) return;
    if ((event.ctrlKey || event.metaKey) && (event.key === 'b' || event.key === 'i')) {
      event.preventDefault();
      format(event.key === 'b' ? 'bold' : 'italic');
    }
  };

  const active = mentions.open ? mentions.active : -1;
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Label id={labelId}>{props.label}</Label>
      <div role="toolbar" aria-label={strings.toolbarLabel} aria-controls={`${labelId}-box`}>
        {FORMATS.map(({ format: f, icon, label }) => (
          <IconButton
            key={f}
            iconProps={{ iconName: icon }}
            ariaLabel={strings[label]}
            title={strings[label]}
            toggle
            aria-pressed={pressed.has(f)}
            checked={pressed.has(f)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => format(f)}
          />
        ))}
        <IconButton
          iconProps={{ iconName: 'Link' }}
          ariaLabel={strings.link}
          title={strings.link}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setLinkRange(editor.current ? (savedSelection(editor.current) ?? null) : null)}
        />
      </div>
      <div
        id={`${labelId}-box`}
        ref={editor}
        className={classes.editor}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        aria-autocomplete="list"
        aria-controls={mentions.open ? listId : undefined}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        data-placeholder={strings.bodyPlaceholder}
        tabIndex={0}
        onInput={changed}
        onKeyUp={(event) => {
          if (!['ArrowDown', 'ArrowUp', 'Enter', 'Escape', 'Tab'].includes(event.key)) changed();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => mentions.close()}
      />
      {mentions.open && (
        <MentionPicker
          id={listId}
          label={strings.mentionSuggestions}
          people={mentions.people}
          active={mentions.active}
          optionId={optionId}
          onChoose={choose}
        />
      )}
      {linkRange !== undefined && editor.current && (
        <LinkDialog
          editor={editor.current}
          range={linkRange ?? undefined}
          onDone={() => {
            setLinkRange(undefined);
            editor.current?.focus();
            changed();
          }}
        />
      )}
    </Stack>
  );
}

type Picker = ReturnType<typeof useMentionSearch>;

/** Arrow keys, Enter/Tab and Esc while the mention picker is open; true when the key was the picker's. */
function handlePickerKey(
  event: KeyboardEvent,
  picker: Picker,
  choose: (p: PersonSuggestion) => void,
): boolean {
  const count = picker.people.length;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    picker.move(event.key === 'ArrowDown' ? 1 : -1);
  } else if ((event.key === 'Enter' || event.key === 'Tab') && count > 0) {
    const person = picker.people[picker.active];
    if (person) choose(person);
  } else if (event.key === 'Escape') {
    picker.close();
  } else {
    return false;
  }
  event.preventDefault();
  return true;
}
