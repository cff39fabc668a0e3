import { describe, expect, it } from 'vitest';
import { GROUP_SEPARATOR } from './scanner-profile';
import { typedText, typeIntoField } from './replay-text';
import { keyAt } from './wedge-timeline';

describe('typedText', () => {
  it('types plain and AltGr characters, not shortcuts or named keys', () => {
    expect(typedText(keyAt('a', 0))).toBe('a');
    expect(typedText(keyAt(' ', 0))).toBe(' ');
    expect(typedText(keyAt('@', 0, { ctrlKey: true, altKey: true }))).toBe('@');
    expect(typedText(keyAt(']', 0, { ctrlKey: true }))).toBeNull();
    expect(typedText(keyAt(GROUP_SEPARATOR, 0, { ctrlKey: true }))).toBeNull();
    expect(typedText(keyAt('v', 0, { metaKey: true }))).toBeNull();
    expect(typedText(keyAt('Backspace', 0))).toBeNull();
  });
});

describe('typeIntoField', () => {
  it('types at the caret and moves the caret after the text', () => {
    const field = { value: 'widget', selectionStart: 3, selectionEnd: 3 };
    expect(typeIntoField(field, 'XY', -1)).toEqual({ value: 'widXYget', caret: 5 });
  });

  it('replaces the selection', () => {
    const field = { value: 'blue widget', selectionStart: 0, selectionEnd: 4 };
    expect(typeIntoField(field, 'red', -1)).toEqual({ value: 'red widget', caret: 3 });
  });

  it('types at the end of a field without a selection', () => {
    const field = { value: '12', selectionStart: null, selectionEnd: null };
    expect(typeIntoField(field, '3', -1)).toEqual({ value: '123', caret: 3 });
  });

  it('types no more than maxLength allows', () => {
    const field = { value: 'abc', selectionStart: 3, selectionEnd: 3 };
    expect(typeIntoField(field, 'defg', 5)).toEqual({ value: 'abcde', caret: 5 });
    expect(typeIntoField(field, 'd', 3)).toEqual({ value: 'abc', caret: 3 });
  });
});
