import { MessageBar, MessageBarType } from '@fluentui/react';
import type { IStyle } from '@fluentui/react';
import { userMessageOf } from '../error-message';
import type { SaveOutcome } from '../hooks/use-my-expertise';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';

const styles = () => ({ root: { marginTop: 16 } }) satisfies Record<string, IStyle>;

/** Why the panel will not save, that it saved, or why saving failed. */
export function SaveFeedback(props: {
  readonly invalid?: string;
  readonly outcome?: SaveOutcome;
}): JSX.Element | null {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  const { invalid, outcome } = props;
  if (invalid) {
    return (
      <MessageBar className={classes.root} messageBarType={MessageBarType.error}>
        {invalid}
      </MessageBar>
    );
  }
  if (!outcome) return null;
  return (
    <MessageBar
      className={classes.root}
      messageBarType={outcome.kind === 'saved' ? MessageBarType.success : MessageBarType.error}
    >
      {outcome.kind === 'saved' ? strings.saved : userMessageOf(outcome.error, strings)}
    </MessageBar>
  );
}
