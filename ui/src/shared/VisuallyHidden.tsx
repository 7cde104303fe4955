import { hiddenContentStyle, mergeStyles } from '@fluentui/react';
import type { ReactNode } from 'react';

const hidden = mergeStyles(hiddenContentStyle);

/** Text for screen readers only. */
export function VisuallyHidden(props: { readonly id?: string; readonly children: ReactNode }): JSX.Element {
  return (
    <span id={props.id} className={hidden}>
      {props.children}
    </span>
  );
}

/** A polite live region, always in the page so that changes to it are announced. */
export function Announcer(props: { readonly message: string }): JSX.Element {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={hidden}>
      {props.message}
    </div>
  );
}
