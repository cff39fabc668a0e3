import { describe, expect, it } from 'vitest';
import { GROUP_SEPARATOR } from '../../../shared/scanning/scanner-profile';
import { showControlCharacters, testScanFacts } from './scanner-test-display';

describe('showing a test scan', () => {
  it('shows GS as <GS> and leaves printable text alone', () => {
    const gs1 = `0109501101530003${GROUP_SEPARATOR}10ABC${GROUP_SEPARATOR}21X`;
    expect(showControlCharacters(gs1)).toBe('0109501101530003<GS>10ABC<GS>21X');
    expect(showControlCharacters('Größe 12/ä')).toBe('Größe 12/ä');
  });

  it('names the other characters a badly set scanner sends', () => {
    expect(showControlCharacters('AB\r\n\t\u0004\u0001\u007f')).toBe(
      'AB<CR><LF><TAB><EOT><0x01><0x7F>',
    );
  });

  it('lists content, AIM identifier, source and device', () => {
    const facts = testScanFacts({
      content: `01${GROUP_SEPARATOR}2`,
      aim: ']C1',
      source: 'serial',
      device: 'Pack bench 2',
      at: '2026-11-26T12:00:00.000Z',
    });
    expect(facts).toEqual([
      { label: 'Content', value: '01<GS>2' },
      { label: 'Length', value: '4 characters' },
      { label: 'AIM identifier', value: ']C1' },
      { label: 'Source', value: 'Serial scanner' },
      { label: 'Device', value: 'Pack bench 2' },
    ]);
    const wedge = testScanFacts({
      content: 'ABCD',
      aim: null,
      source: 'wedge',
      device: '',
      at: '2026-11-26T12:00:00.000Z',
    });
    expect(wedge.slice(2)).toEqual([
      { label: 'AIM identifier', value: 'None sent' },
      { label: 'Source', value: 'Keyboard-wedge scanner' },
      { label: 'Device', value: 'Keyboard' },
    ]);
  });
});
