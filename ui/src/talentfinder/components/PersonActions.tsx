import { DefaultButton } from '@fluentui/react';
import type { IStyle } from '@fluentui/react';
import type { MouseEvent } from 'react';
import { mailLink, teamsChatLink } from '../links';
import type { TalentResult } from '../talent-service';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { EndorseButton } from './EndorseButton';

const styles = () =>
  ({ actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 12 } }) satisfies Record<
    string,
    IStyle
  >;

/** Chat in Teams and Email (real links, opened the host's way) and Endorse. */
export function PersonActions(props: { readonly person: TalentResult; readonly topic: string }): JSX.Element {
  const { host, strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  const { person, topic } = props;
  const chat = teamsChatLink(person, topic, strings);
  const mail = mailLink(person, topic, strings);
  // In Teams a deep link must go through the host (app.openLink); the href stays for copy and middle-click.
  const open = (url: string) => (event: MouseEvent<unknown>) => {
    event.preventDefault();
    host.openLink(url);
  };
  return (
    <div className={classes.actions}>
      <DefaultButton
        href={chat}
        text={strings.chatInTeams}
        ariaLabel={strings.chatWith(person.displayName)}
        iconProps={{ iconName: 'Chat' }}
        onClick={open(chat)}
      />
      <DefaultButton
        href={mail}
        text={strings.email}
        ariaLabel={strings.emailTo(person.displayName)}
        iconProps={{ iconName: 'Mail' }}
        onClick={open(mail)}
      />
      <EndorseButton person={person} />
    </div>
  );
}
