import { GROUP_SEPARATOR, type ScannerProfile, type Terminator } from './scanner-profile';

/** A `keydown` as plain data, so the detector runs without a DOM. */
export interface WedgeKeyEvent {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  /** Milliseconds, from `KeyboardEvent.timeStamp`. */
  readonly timeStamp: number;
  /** Auto-repeat from a held-down key: never part of a scan. */
  readonly repeat?: boolean;
}

/** What one key means to the detector. */
export type WedgeKey =
  | { readonly kind: 'modifier' }
  | { readonly kind: 'terminator'; readonly terminator: Terminator }
  /** `char` is what the scanner meant: a substitute or Ctrl+] is already GS here. */
  | { readonly kind: 'char'; readonly char: string }
  /** Editing keys, shortcuts, function keys: a person at work, never part of a scan. */
  | { readonly kind: 'other' };

const MODIFIER_KEYS = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'OS',
  'CapsLock',
  'NumLock',
  'ScrollLock',
  'Fn',
  'FnLock',
  'Hyper',
  'Super',
  'Symbol',
  'SymbolLock',
]);

function isSingleCharacter(key: string): boolean {
  return [...key].length === 1;
}

function isCtrlRightBracket(event: WedgeKeyEvent): boolean {
  if (!event.ctrlKey || event.altKey || event.metaKey) return false;
  return event.key === ']' || event.code === 'BracketRight' || event.key === GROUP_SEPARATOR;
}

export function classifyWedgeKey(event: WedgeKeyEvent, profile: ScannerProfile): WedgeKey {
  if (MODIFIER_KEYS.has(event.key)) return { kind: 'modifier' };
  if (event.repeat === true) return { kind: 'other' };
  if (isCtrlRightBracket(event)) return { kind: 'char', char: GROUP_SEPARATOR };
  const unmodified = !event.ctrlKey && !event.altKey && !event.metaKey;
  if (unmodified && (event.key === 'Enter' || event.key === 'Tab')) {
    return profile.terminators.includes(event.key)
      ? { kind: 'terminator', terminator: event.key }
      : { kind: 'other' };
  }
  // AltGr reaches the browser as Ctrl+Alt on Windows; scanners set to such layouts type '@' or
  // '{' that way, so it is a character, not a shortcut.
  const altGraph = event.ctrlKey && event.altKey && !event.metaKey;
  if ((unmodified || altGraph) && isSingleCharacter(event.key)) {
    const char = event.key === profile.groupSeparatorSubstitute ? GROUP_SEPARATOR : event.key;
    return { kind: 'char', char };
  }
  return { kind: 'other' };
}
