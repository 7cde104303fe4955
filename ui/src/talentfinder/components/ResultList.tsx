import { useEffect, useRef } from 'react';
import type { TalentResult } from '../talent-service';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { cardStyles } from './card-styles';
import { PersonCard } from './PersonCard';

export interface ResultListProps {
  readonly results: readonly TalentResult[];
  readonly topic: string;
}

/**
 * The found colleagues. When "Show more" adds people, focus moves to the first new one, so keyboard and screen
 * reader users carry on where the new results start.
 */
export function ResultList(props: ResultListProps): JSX.Element {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(cardStyles);
  const firstNew = useRef<HTMLHeadingElement>(null);
  const shown = useRef(props.results.length);
  const previous = shown.current;
  useEffect(() => {
    if (props.results.length > shown.current && shown.current > 0) firstNew.current?.focus();
    shown.current = props.results.length;
  }, [props.results.length]);

  return (
    <ul className={classes.list} aria-label={strings.resultsLabel}>
      {props.results.map((person, index) => (
        <li key={person.id} className={classes.card}>
          <PersonCard
            person={person}
            topic={props.topic}
            headingRef={index === previous && previous > 0 ? firstNew : undefined}
          />
        </li>
      ))}
    </ul>
  );
}
