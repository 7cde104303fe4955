import { HighContrastSelector } from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';

const styles = (theme: ITheme) =>
  ({
    tags: { listStyle: 'none', margin: '8px 0 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 4 },
    tag: {
      padding: '2px 8px',
      fontSize: theme.fonts.small.fontSize,
      color: theme.palette.neutralPrimary,
      background: theme.palette.neutralLighter,
      border: `1px solid ${theme.palette.neutralQuaternaryAlt}`,
      borderRadius: theme.effects.roundedCorner2,
      selectors: { [HighContrastSelector]: { border: '1px solid WindowText' } },
    },
  }) satisfies Record<string, IStyle>;

/** The person's skills that matched the search. */
export function SkillTags(props: { readonly skills: readonly string[] }): JSX.Element | null {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  if (props.skills.length === 0) return null;
  return (
    <ul aria-label={strings.matchedSkills} className={classes.tags}>
      {props.skills.map((skill) => (
        <li key={skill} className={classes.tag}>
          {skill}
        </li>
      ))}
    </ul>
  );
}
