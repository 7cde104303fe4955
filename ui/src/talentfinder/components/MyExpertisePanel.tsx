import { DefaultButton, Panel, PanelType, PrimaryButton, Spinner, Text } from '@fluentui/react';
import type { IStyle } from '@fluentui/react';
import { useEffect, useState } from 'react';
import { checkList, describeListProblem, MAX_SKILLS } from '../expertise-rules';
import { useMyExpertise } from '../hooks/use-my-expertise';
import type { ExpertiseChange, MyExpertise } from '../talent-service';
import { useTalentfinder } from '../talentfinder-context';
import { useThemedStyles } from '../../shared/use-themed-styles';
import { ErrorState } from './ErrorState';
import { ExpertiseForm } from './ExpertiseForm';
import type { ExpertiseDraft } from './ExpertiseForm';
import { SaveFeedback } from './SaveFeedback';

const styles = () => ({ footer: { display: 'flex', gap: 8 } }) satisfies Record<string, IStyle>;

function draftOf(expertise: MyExpertise): ExpertiseDraft {
  return {
    skills: expertise.skills,
    openToQuestions: expertise.openToQuestions,
    languages: expertise.languages,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Only what changed, so a save never overwrites a field this panel did not touch. */
function changeOf(saved: MyExpertise, draft: ExpertiseDraft): ExpertiseChange {
  return {
    ...(sameList(saved.skills, draft.skills) ? {} : { skills: draft.skills }),
    ...(saved.openToQuestions === draft.openToQuestions ? {} : { openToQuestions: draft.openToQuestions }),
    ...(sameList(saved.languages, draft.languages) ? {} : { languages: draft.languages }),
  };
}

export interface MyExpertisePanelProps {
  readonly isOpen: boolean;
  onDismiss(): void;
  /** After the closing animation: the moment to move focus back. */
  onDismissed(): void;
}

/** "My expertise": your skills, whether you are open to questions, your languages. */
export function MyExpertisePanel(props: MyExpertisePanelProps): JSX.Element {
  const { strings } = useTalentfinder();
  const classes = useThemedStyles(styles);
  const { state, reload, save } = useMyExpertise(props.isOpen);
  const [draft, setDraft] = useState<ExpertiseDraft | undefined>(undefined);
  const [invalid, setInvalid] = useState<string | undefined>(undefined);
  useEffect(() => setDraft(state.expertise && draftOf(state.expertise)), [state.expertise]);

  const change = state.expertise && draft ? changeOf(state.expertise, draft) : {};
  const dirty = Object.keys(change).length > 0;
  const onSave = (): void => {
    if (!draft) return;
    const problem = checkList(draft.skills, MAX_SKILLS) ?? checkList(draft.languages);
    setInvalid(problem && describeListProblem(problem, strings));
    if (!problem) save(change);
  };
  const onDraftChange = (next: ExpertiseDraft): void => {
    setDraft(next);
    setInvalid(undefined);
  };

  return (
    <Panel
      isOpen={props.isOpen}
      type={PanelType.medium}
      headerText={strings.myExpertise}
      closeButtonAriaLabel={strings.close}
      onDismiss={props.onDismiss}
      onDismissed={props.onDismissed}
      isFooterAtBottom
      onRenderFooterContent={() => (
        <div className={classes.footer}>
          <PrimaryButton
            text={state.saving ? strings.saving : strings.save}
            disabled={!dirty || state.saving}
            allowDisabledFocus
            onClick={onSave}
          />
          <DefaultButton text={strings.close} onClick={props.onDismiss} />
        </div>
      )}
    >
      <Text as="p" block>
        {strings.myExpertiseIntro}
      </Text>
      {state.phase === 'loading' && <Spinner label={strings.loadingExpertise} />}
      {state.phase === 'error' && <ErrorState error={state.loadError} onRetry={reload} />}
      {state.phase === 'ready' && state.expertise && draft && (
        <>
          <ExpertiseForm draft={draft} endorsements={state.expertise.endorsements} onChange={onDraftChange} />
          {/* "Saved" no longer holds once the user edits again; a failure stays until the next try. */}
          <SaveFeedback
            invalid={invalid}
            outcome={state.saveOutcome?.kind === 'saved' && dirty ? undefined : state.saveOutcome}
          />
        </>
      )}
    </Panel>
  );
}
