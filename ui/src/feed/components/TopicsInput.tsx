import { IconButton, Stack, TextField } from '@fluentui/react';
import { MAX_TOPIC_LENGTH, MAX_TOPICS_PER_POST } from '@samen/core/contract';
import { useState } from 'react';
import { useFeed } from '../feed-context';

export interface TopicsInputProps {
  readonly topics: readonly string[];
  onChange(topics: readonly string[]): void;
}

/** #topics: typed one at a time, added with Enter or a comma, each removable with its own button. */
export function TopicsInput(props: TopicsInputProps): JSX.Element {
  const { strings } = useFeed();
  const [text, setText] = useState('');

  const add = (): void => {
    const topic = text.trim().replace(/^#+/, '').trim();
    setText('');
    if (topic === '' || props.topics.some((t) => t.toLowerCase() === topic.toLowerCase())) return;
    props.onChange([...props.topics, topic]);
  };

  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <TextField
        label={strings.topicsLabel}
        description={strings.topicsHint}
        value={text}
        maxLength={MAX_TOPIC_LENGTH + 1}
        disabled={props.topics.length >= MAX_TOPICS_PER_POST}
        onChange={(_e, value) => setText(value ?? '')}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            add();
          }
        }}
        onBlur={add}
      />
      {props.topics.length > 0 && (
        <ul
          aria-label={strings.topicsLabel}
          style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8 }}
        >
          {props.topics.map((topic) => (
            <li key={topic}>
              #{topic}
              <IconButton
                iconProps={{ iconName: 'Cancel' }}
                ariaLabel={strings.removeTopic(topic)}
                onClick={() => props.onChange(props.topics.filter((t) => t !== topic))}
              />
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
