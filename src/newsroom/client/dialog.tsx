/**
 * A modal dialog on the browser's own <dialog>: focus moves in and is kept there, Escape
 * closes it, and focus returns to what opened it — no focus-trap code of our own.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { tr } from './i18n.js';

export function Dialog(props: {
  isOpen: boolean;
  title: string;
  onClose: () => void;
  /** A dialog that must be answered (a conflict) has no close button and ignores Escape. */
  isBlocking?: boolean;
  wide?: boolean;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.isOpen && !dialog.open) dialog.showModal();
    if (!props.isOpen && dialog.open) dialog.close();
  }, [props.isOpen]);
  return (
    <dialog
      ref={ref}
      class={props.wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!props.isBlocking) props.onClose();
      }}
    >
      {props.isOpen && (
        <>
          <header class="dialog-header">
            <h2 id={titleId}>{props.title}</h2>
            {!props.isBlocking && (
              <button type="button" class="icon-button" onClick={props.onClose}>
                {tr('editor.close')}
              </button>
            )}
          </header>
          <div class="dialog-body">{props.children}</div>
        </>
      )}
    </dialog>
  );
}
