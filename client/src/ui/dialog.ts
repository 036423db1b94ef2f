/**
 * A modal form in a native <dialog> (focus trapping and Escape come with
 * it): fields, a reason, a primary action that runs while the dialog shows
 * it is busy; an error from the action stays in the dialog so nothing typed
 * is lost. Used by every curation edit.
 */
import { h } from './dom.js';

export interface FormDialogOptions {
  title: string;
  /** Class of the dialog, for its own layout (the merge dialog is wider). */
  className?: string;
  /** The form's content above the buttons. */
  body: HTMLElement[];
  submitLabel: string;
  /** Runs on submit; a thrown error is shown in the dialog and the dialog stays open. */
  onSubmit(): Promise<void>;
}

/** Opens the dialog; resolves true when the action succeeded, false when the analyst cancelled. */
export function openFormDialog(options: FormDialogOptions): Promise<boolean> {
  const titleId = `dialog-title-${Math.random().toString(36).slice(2)}`;
  const error = h('p', { class: 'error dialog-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-action': 'submit' }, options.submitLabel);
  const cancel = h('button', { type: 'button', 'data-action': 'cancel' }, 'Cancel');
  const form = h(
    'form',
    { class: 'dialog-form' },
    h('h2', { id: titleId }, options.title),
    ...options.body,
    error,
    h('div', { class: 'button-row dialog-buttons' }, cancel, submit),
  );
  const dialog = h('dialog', { class: `form-dialog ${options.className ?? ''}`, 'aria-labelledby': titleId }, form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    let done = false;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      dialog.close();
      dialog.remove();
      resolve(ok);
    };
    cancel.addEventListener('click', () => finish(false));
    dialog.addEventListener('cancel', () => finish(false));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      error.hidden = true;
      submit.disabled = true;
      submit.classList.add('busy');
      options
        .onSubmit()
        .then(() => finish(true))
        .catch((e: unknown) => {
          error.textContent = e instanceof Error ? e.message : String(e);
          error.hidden = false;
        })
        .finally(() => {
          submit.disabled = false;
          submit.classList.remove('busy');
        });
    });
    dialog.showModal();
    (form.querySelector('[autofocus]') as HTMLElement | null)?.focus();
  });
}

/** A labelled field: the label text above the control. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    'label',
    { class: 'field' },
    h('span', { class: 'field-label' }, label),
    control,
    hint ? h('span', { class: 'muted small' }, hint) : null,
  );
}

/** The "why" every edit asks for: required, shown in the log. */
export function reasonField(initial = ''): { element: HTMLElement; value(): string } {
  const input = h('textarea', {
    name: 'reason',
    rows: 2,
    required: true,
    maxlength: 2000,
    placeholder: 'Why? (the edit history shows it)',
    'data-field': 'reason',
  });
  input.value = initial;
  return { element: field('Reason', input), value: () => input.value.trim() };
}
