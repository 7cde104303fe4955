import { ContextualMenuItemType, DefaultButton, getId } from '@fluentui/react';
import type { IContextualMenuItem, IContextualMenuProps } from '@fluentui/react';
import { useMemo, useState } from 'react';
import { useEndorsement } from '../hooks/use-endorsement';
import type { TalentResult } from '../talent-service';
import { useTalentfinder } from '../talentfinder-context';
import { EndorsementMessage } from './EndorsementMessage';
import { VisuallyHidden } from '../../shared/VisuallyHidden';

/**
 * "Endorse" opens a menu of the skills this person matched on; a checked skill is endorsed already, and choosing
 * it again withdraws the endorsement. Disabled, with the reason, for yourself.
 */
export function EndorseButton(props: { readonly person: TalentResult }): JSX.Element {
  const { host, strings } = useTalentfinder();
  const { person } = props;
  const endorsement = useEndorsement(person.id);
  const [reasonId] = useState(() => getId('talent-endorse-reason'));
  const reason =
    person.id === host.user.id
      ? strings.endorseSelf
      : person.matchedSkills.length === 0
        ? strings.endorseNoSkills
        : undefined;

  const { endorsed, toggle } = endorsement;
  const menuProps = useMemo<IContextualMenuProps>(() => {
    const header: IContextualMenuItem = {
      key: 'header',
      itemType: ContextualMenuItemType.Header,
      text: strings.endorseWho(person.displayName),
    };
    const skills = person.matchedSkills.map<IContextualMenuItem>((skill) => ({
      key: skill,
      text: skill,
      canCheck: true,
      checked: endorsed.has(skill),
      onClick: () => toggle(skill),
    }));
    return { items: [header, ...skills] };
  }, [person.displayName, person.matchedSkills, endorsed, toggle, strings]);

  return (
    <>
      <DefaultButton
        text={endorsement.pending ? strings.endorsing : strings.endorse}
        iconProps={{ iconName: 'Ribbon' }}
        menuProps={reason ? undefined : menuProps}
        disabled={!!reason || !!endorsement.pending}
        // Stays in the tab order, so a screen reader hears why it cannot be used.
        allowDisabledFocus
        title={reason}
        aria-describedby={reason ? reasonId : undefined}
      />
      {reason && <VisuallyHidden id={reasonId}>{reason}</VisuallyHidden>}
      {endorsement.outcome && (
        <EndorsementMessage
          name={person.displayName}
          outcome={endorsement.outcome}
          onDismiss={endorsement.dismiss}
        />
      )}
    </>
  );
}
