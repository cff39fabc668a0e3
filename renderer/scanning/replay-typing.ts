import { typedText, typeIntoField } from './replay-text';

/** Input types that take typed text; the rest (checkbox, range, date …) are not typed into. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

type TextField = HTMLInputElement | HTMLTextAreaElement;

function asTextField(target: EventTarget | null): TextField | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)) return target;
  return null;
}

/** Elements Space activates: a held Space must still press them when it is given back. */
function isPressedBySpace(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLButtonElement) return true;
  if (target instanceof HTMLInputElement) {
    return ['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  const role = target.getAttribute('role');
  return role === 'button' || role === 'checkbox' || role === 'switch' || role === 'radio';
}

/**
 * React keeps its own copy of an input's value and only sees a change made through the
 * prototype's setter followed by an `input` event; assigning `field.value` directly would be
 * undone on React's next render.
 */
function setFieldValue(field: TextField, value: string): void {
  const prototype =
    field instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  // With `field` as receiver the prototype's setter runs on the field itself.
  if (!Reflect.set(prototype, 'value', value, field)) field.value = value;
}

function typeInto(field: TextField, text: string): void {
  if (field.readOnly || field.disabled) return;
  let selectionStart: number | null = null;
  let selectionEnd: number | null = null;
  try {
    selectionStart = field.selectionStart;
    selectionEnd = field.selectionEnd;
  } catch {
    // Some input types throw on selection access instead of returning null; type at the end.
  }
  const edit = typeIntoField(
    { value: field.value, selectionStart, selectionEnd },
    text,
    field.maxLength,
  );
  setFieldValue(field, edit.value);
  try {
    field.setSelectionRange(edit.caret, edit.caret);
  } catch {
    // type=number and email have no caret to place.
  }
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
  );
}

/** Synthetic key events this module dispatched, which the wedge listener must not hold again. */
const replayedEvents = new WeakSet<Event>();

export function isReplayedKeydown(event: Event): boolean {
  return replayedEvents.has(event);
}

/**
 * Gives back keys the wedge listener held that turned out to be typing. Each goes to its target
 * as a synthetic keydown first, so a screen's key handlers still see it; unless one of them
 * prevents it, the character is typed into the field at its caret, or Space presses a button.
 */
export function replayKeydowns(events: readonly KeyboardEvent[]): void {
  for (const original of events) {
    const target = original.target;
    if (!(target instanceof Node) || !target.isConnected) continue;
    const synthetic = new KeyboardEvent('keydown', {
      key: original.key,
      code: original.code,
      ctrlKey: original.ctrlKey,
      altKey: original.altKey,
      metaKey: original.metaKey,
      shiftKey: original.shiftKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    replayedEvents.add(synthetic);
    const proceed = target.dispatchEvent(synthetic);
    if (!proceed) continue;
    const text = typedText(original);
    if (text === null) continue;
    const field = asTextField(target);
    if (field !== null) typeInto(field, text);
    else if (text === ' ' && isPressedBySpace(target)) target.click();
  }
}
