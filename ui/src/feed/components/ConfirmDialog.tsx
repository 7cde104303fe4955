import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton } from '@fluentui/react';
import { useFeed } from '../feed-context';

/** "Delete?" with the action's own word on the button. */
export function ConfirmDialog(props: {
  readonly title: string;
  readonly confirmText: string;
  onConfirm(): void;
  onDismiss(): void;
}): JSX.Element {
  const { strings } = useFeed();
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{
        type: DialogType.normal,
        title: props.title,
        closeButtonAriaLabel: strings.cancel,
      }}
    >
      <DialogFooter>
        <PrimaryButton text={props.confirmText} onClick={props.onConfirm} />
        <DefaultButton text={strings.cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
