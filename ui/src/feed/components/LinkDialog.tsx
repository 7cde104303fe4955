import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, TextField } from '@fluentui/react';
import { useState } from 'react';
import { insertLink } from '../editor-dom';
import { useFeed } from '../feed-context';
import { isSafeUrl } from '../safe-html';

export interface LinkDialogProps {
  readonly editor: HTMLElement;
  /** The selection before the dialog took focus: its text becomes the link's. */
  readonly range?: Range;
  onDone(): void;
}

/** Asks for a web address and makes the selected text (or the address itself) a link. */
export function LinkDialog(props: LinkDialogProps): JSX.Element {
  const { strings } = useFeed();
  const [address, setAddress] = useState('');
  const [invalid, setInvalid] = useState(false);

  const insert = (): void => {
    const typed = address.trim();
    // "www.example.com" means https; anything but http(s) and mailto is not offered as a link.
    const url = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
    if (typed === '' || !isSafeUrl(url)) return setInvalid(true);
    insertLink(props.editor, props.range, url);
    props.onDone();
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDone}
      dialogContentProps={{
        type: DialogType.normal,
        title: strings.linkPrompt,
        closeButtonAriaLabel: strings.cancel,
      }}
    >
      <TextField
        label={strings.linkAddressLabel}
        type="url"
        autoFocus
        value={address}
        onChange={(_e, value) => {
          setAddress(value ?? '');
          setInvalid(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            insert();
          }
        }}
        errorMessage={invalid ? strings.linkInvalid : undefined}
      />
      <DialogFooter>
        <PrimaryButton text={strings.insert} onClick={insert} />
        <DefaultButton text={strings.cancel} onClick={props.onDone} />
      </DialogFooter>
    </Dialog>
  );
}
