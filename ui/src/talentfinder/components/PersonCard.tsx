import { Persona, PersonaSize, useTheme } from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';
import type { Ref } from 'react';
import { personaPresenceOf, presenceText } from '../presence';
import type { TalentResult } from '../talent-service';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { PersonActions } from './PersonActions';
import { SkillTags } from './SkillTags';
import { VisuallyHidden } from '../../shared/VisuallyHidden';

const styles = (theme: ITheme) =>
  ({
    body: { flexGrow: 1, minWidth: 0 },
    name: { margin: 0, fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600, outline: 'none' },
    presence: { fontSize: theme.fonts.small.fontSize, color: theme.semanticColors.bodySubtext },
    details: { marginTop: 2, color: theme.semanticColors.bodyText },
    why: { margin: '8px 0 0', fontSize: theme.fonts.small.fontSize, color: theme.semanticColors.bodySubtext },
  }) satisfies Record<string, IStyle>;

export interface PersonCardProps {
  readonly person: TalentResult;
  /** What was searched for: it names the topic in the drafted chat and mail. */
  readonly topic: string;
  /** The name heading, focusable from script (after "Show more"). */
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/** One colleague: who, whether they can be reached now, what they know and why they matched, and actions. */
/** The theme's lightest colour: palette.white, or palette.black in an inverted (dark, high-contrast) theme. */
function lightest(theme: ITheme): string {
  return theme.isInverted ? theme.palette.black : theme.palette.white;
}

export function PersonCard(props: PersonCardProps): JSX.Element {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  const theme = useTheme();
  const { person } = props;
  const presence = presenceText(person.presence, strings);
  const details = [person.jobTitle, person.department, person.officeLocation]
    .filter(Boolean)
    .join(strings.separator);
  return (
    <>
      <Persona
        size={PersonaSize.size48}
        text={person.displayName}
        hidePersonaDetails
        // Fluent writes initials in palette.white, which an inverted (dark) theme makes dark: on the coin's
        // mid-tone colours that fails contrast (axe, Teams' dark theme). They are made for the lightest colour.
        initialsTextColor={lightest(theme)}
        presence={personaPresenceOf(person.presence)}
        presenceTitle={presence}
      />
      <div className={classes.body}>
        <h3 ref={props.headingRef} tabIndex={-1} className={classes.name}>
          {person.displayName}
        </h3>
        <div className={classes.presence}>{presence}</div>
        {details && <div className={classes.details}>{details}</div>}
        <SkillTags skills={person.matchedSkills} />
        {person.why && (
          <p className={classes.why}>
            <VisuallyHidden>{strings.whyPrefix}</VisuallyHidden>
            {person.why}
          </p>
        )}
        <PersonActions person={person} topic={props.topic} />
      </div>
    </>
  );
}
