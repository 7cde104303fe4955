import { DefaultButton, Text } from '@fluentui/react';
import type { IStyle } from '@fluentui/react';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';

const styles = () =>
  ({
    root: { display: 'flex', alignItems: 'center', gap: 16, marginTop: 16, flexWrap: 'wrap' },
  }) satisfies Record<string, IStyle>;

export interface ShowMoreProps {
  readonly shown: number;
  readonly total: number;
  readonly loading: boolean;
  onShowMore(): void;
}

/** "Showing 10 of 57" and the button for the next page. */
export function ShowMore(props: ShowMoreProps): JSX.Element {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  return (
    <div className={classes.root}>
      <Text>{strings.showing(props.shown, props.total)}</Text>
      {props.shown < props.total && (
        <DefaultButton
          text={props.loading ? strings.loadingMore : strings.showMore}
          disabled={props.loading}
          allowDisabledFocus
          onClick={props.onShowMore}
        />
      )}
    </div>
  );
}
