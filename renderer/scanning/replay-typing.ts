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

/** What one replay did to a field, so it can be taken back if the keys were a scan after all. */
interface FieldChange {
  field: TextField;
  before: string;
  selection: [number | null, number | null];
  after: string;
}

function typeInto(field: TextField, text: string): FieldChange | null {
  if (field.readOnly || field.disabled) return null;
  const before = field.value;
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
  return { field, before, selection: [selectionStart, selectionEnd], after: edit.value };
}

/** Puts fields back as they were before a replay, unless someone has typed in them since. */
function undoChanges(changes: readonly FieldChange[]): void {
  for (const change of [...changes].reverse()) {
    if (change.field.value !== change.after) continue;
    setFieldValue(change.field, change.before);
    const [start, end] = change.selection;
    try {
      if (start !== null && end !== null) change.field.setSelectionRange(start, end);
    } catch {
      // type=number and email have no caret to place.
    }
    change.field.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'deleteContent' }),
    );
  }
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
 * Returns how to take the typed text back out, for keys that prove to be a late scan's start.
 */
export function replayKeydowns(events: readonly KeyboardEvent[]): () => void {
  const changes: FieldChange[] = [];
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
    if (field !== null) {
      const change = typeInto(field, text);
      if (change !== null) changes.push(change);
    } else if (text === ' ' && isPressedBySpace(target)) target.click();
  }
  return () => undoChanges(changes);
}
