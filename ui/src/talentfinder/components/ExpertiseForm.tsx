import { Text, Toggle } from '@fluentui/react';
import type { IStyle, ITheme } from '@fluentui/react';
import { MAX_SKILLS } from '../expertise-rules';
import type { EndorsementCount } from '../talent-service';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { ItemListEditor } from './ItemListEditor';

const styles = (theme: ITheme) =>
  ({
    toggle: { marginTop: 20, marginBottom: 0 },
    hint: { color: theme.semanticColors.bodySubtext },
  }) satisfies Record<string, IStyle>;

export interface ExpertiseDraft {
  readonly skills: readonly string[];
  readonly openToQuestions: boolean;
  readonly languages: readonly string[];
}

export interface ExpertiseFormProps {
  readonly draft: ExpertiseDraft;
  readonly endorsements: readonly EndorsementCount[];
  onChange(draft: ExpertiseDraft): void;
}

/** The editable part of "My expertise". */
export function ExpertiseForm(props: ExpertiseFormProps): JSX.Element {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  const { draft, onChange } = props;
  const endorsementsOf = (skill: string): string | undefined => {
    const found = props.endorsements.find(
      (entry) =>
        entry.count > 0 &&
        [entry.label, entry.skill].some((name) => name.toLowerCase() === skill.toLowerCase()),
    );
    return found && strings.endorsementCount(found.count);
  };
  return (
    <>
      <ItemListEditor
        heading={strings.mySkills}
        inputLabel={strings.addSkill}
        placeholder={strings.addSkillPlaceholder}
        emptyText={strings.noSkills}
        items={draft.skills}
        max={MAX_SKILLS}
        suggestSkills
        noteFor={endorsementsOf}
        onChange={(skills) => onChange({ ...draft, skills })}
      />
      <Toggle
        className={classes.toggle}
        label={strings.openToQuestions}
        onText={strings.on}
        offText={strings.off}
        checked={draft.openToQuestions}
        onChange={(_event, checked) => onChange({ ...draft, openToQuestions: !!checked })}
      />
      <Text className={classes.hint} variant="small" block>
        {strings.openToQuestionsHint}
      </Text>
      <ItemListEditor
        heading={strings.languages}
        inputLabel={strings.addLanguage}
        placeholder={strings.addLanguagePlaceholder}
        emptyText={strings.noLanguages}
        items={draft.languages}
        onChange={(languages) => onChange({ ...draft, languages })}
      />
    </>
  );
}
