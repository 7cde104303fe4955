import { MessageBar, MessageBarType } from '@fluentui/react';
import type { IStyle } from '@fluentui/react';
import { userMessageOf } from '../error-message';
import type { EndorsementOutcome } from '../hooks/use-endorsement';
import type { TalentfinderStrings } from '../strings';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';

const styles = () => ({ root: { flexBasis: '100%' } }) satisfies Record<string, IStyle>;

function describe(
  name: string,
  outcome: EndorsementOutcome,
  strings: TalentfinderStrings,
): { type: MessageBarType; text: string } {
  switch (outcome.kind) {
    case 'endorsed':
      return { type: MessageBarType.success, text: strings.endorsed(name, outcome.skill, outcome.count) };
    case 'withdrawn':
      return { type: MessageBarType.success, text: strings.withdrawn(name, outcome.skill) };
    case 'refused':
      return { type: MessageBarType.warning, text: userMessageOf(outcome.error, strings) };
    case 'failed':
      return { type: MessageBarType.error, text: userMessageOf(outcome.error, strings) };
  }
}

/** What came of an endorsement: done, already done / not allowed (a warning), or failed. */
export function EndorsementMessage(props: {
  readonly name: string;
  readonly outcome: EndorsementOutcome;
  onDismiss(): void;
}): JSX.Element {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  const { type, text } = describe(props.name, props.outcome, strings);
  return (
    <MessageBar
      className={classes.root}
      messageBarType={type}
      onDismiss={props.onDismiss}
      dismissButtonAriaLabel={strings.dismiss}
      isMultiline
    >
      {text}
    </MessageBar>
  );
}
