import {
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  TextField,
} from '@fluentui/react';
import { MAX_REASON_LENGTH } from '@samen/core/contract';
import { useState } from 'react';
import { userMessageOf } from '../error-message';
import { useFeed } from '../feed-context';

export interface ReasonDialogProps {
  readonly title: string;
  readonly label: string;
  readonly submitText: string;
  /** Rejects with the service's refusal, which the dialog shows. */
  onSubmit(reason: string): Promise<void>;
  onDismiss(): void;
}

/** Asks for a reason (hiding, restoring, reporting): required, and sent only when given. */
export function ReasonDialog(props: ReasonDialogProps): JSX.Element {
  const { strings } = useFeed();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    if (reason.trim() === '') return setMissing(true);
    setBusy(true);
    setError(undefined);
    try {
      await props.onSubmit(reason.trim());
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{
        type: DialogType.normal,
        title: props.title,
        closeButtonAriaLabel: strings.cancel,
      }}
      // Not blocking: Fluent gives a blocking dialog role="alertdialog", which is for urgent alerts.
    >
      <TextField
        label={props.label}
        multiline
        required
        autoFocus
        maxLength={MAX_REASON_LENGTH}
        value={reason}
        onChange={(_e, value) => {
          setReason(value ?? '');
          setMissing(false);
        }}
        errorMessage={missing ? strings.moderationReasonRequired : undefined}
      />
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error}>{userMessageOf(error, strings)}</MessageBar>
      )}
      <DialogFooter>
        <PrimaryButton text={props.submitText} disabled={busy} onClick={() => void submit()} />
        <DefaultButton text={strings.cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
