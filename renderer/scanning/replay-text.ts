import type { WedgeKeyEvent } from './wedge-key';

/**
 * The text a held key would have typed had the browser handled it: a single character pressed
 * alone or with AltGr (Ctrl+Alt). Ctrl+] and other shortcuts type nothing.
 */
export function typedText(event: WedgeKeyEvent): string | null {
  if ([...event.key].length !== 1) return null;
  const altGraph = event.ctrlKey && event.altKey && !event.metaKey;
  const unmodified = !event.ctrlKey && !event.altKey && !event.metaKey;
  return unmodified || altGraph ? event.key : null;
}

export interface FieldEdit {
  readonly value: string;
  readonly caret: number;
}

/**
 * What a text field holds after `text` is typed over its selection, as the browser would do it:
 * the selection is replaced, the caret ends after the insertion, and `maxLength` (−1: none) cuts
 * what does not fit. A field without a selection (type=number, email) is typed at its end.
 */
export function typeIntoField(
  field: { value: string; selectionStart: number | null; selectionEnd: number | null },
  text: string,
  maxLength: number,
): FieldEdit {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const before = field.value.slice(0, start);
  const after = field.value.slice(end);
  const room = maxLength < 0 ? text.length : Math.max(0, maxLength - before.length - after.length);
  const inserted = text.slice(0, room);
  return { value: before + inserted + after, caret: before.length + inserted.length };
}
