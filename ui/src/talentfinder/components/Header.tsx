import { DefaultButton, Text } from '@fluentui/react';
import type { IButton, IRefObject, IStyle, ITheme } from '@fluentui/react';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';

const styles = (theme: ITheme) =>
  ({
    root: {
      display: 'flex',
      alignItems: 'flex-start',
      justifyContent: 'space-between',
      gap: 16,
      flexWrap: 'wrap',
    },
    title: { margin: 0, fontSize: theme.fonts.xLarge.fontSize, fontWeight: 600 },
    intro: { color: theme.semanticColors.bodySubtext },
  }) satisfies Record<string, IStyle>;

export interface HeaderProps {
  readonly titleId: string;
  readonly myExpertiseButton: IRefObject<IButton>;
  onOpenMyExpertise(): void;
}

/** The Talentfinder's title, what it is for, and the way to your own expertise. */
export function Header(props: HeaderProps): JSX.Element {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  return (
    <div className={classes.root}>
      <div>
        <h2 id={props.titleId} className={classes.title}>
          {strings.title}
        </h2>
        <Text className={classes.intro}>{strings.intro}</Text>
      </div>
      <DefaultButton
        componentRef={props.myExpertiseButton}
        text={strings.myExpertise}
        iconProps={{ iconName: 'Contact' }}
        onClick={props.onOpenMyExpertise}
      />
    </div>
  );
}
