/**
 * GS1-128 element strings as ZPL ^BC field data in mode N, and Code 128 data the same way.
 *
 * Invocation codes used (ZPL II ^BC, "Code 128 invocation characters"; the number is the Code 128
 * symbol value): `>;` start in subset C, `>8` FNC1, `>6` switch from C to B, `>0` the character
 * '>' (value 30). Note that `><` is value 62, which subset B prints as '^', not '>'.
 */

/**
 * Element strings whose length GS1 predefines, by the AI's first two digits, as the number of
 * digits including the AI (GS1 General Specifications, "predefined length" table). Every other
 * AI is variable-length and needs FNC1 after its data unless it is the last element.
 */
const PREDEFINED_LENGTH: Readonly<Record<string, number>> = {
  '00': 20,
  '01': 16,
  '02': 16,
  '03': 16,
  '04': 18,
  '11': 8,
  '12': 8,
  '13': 8,
  '14': 8,
  '15': 8,
  '16': 8,
  '17': 8,
  '18': 8,
  '19': 8,
  '20': 4,
  '31': 10,
  '32': 10,
  '33': 10,
  '34': 10,
  '35': 10,
  '36': 10,
  '41': 16,
};

/**
 * The digit runs between FNC1 separators. "(420)75001(92)123" is two runs, because AI 420 is
 * variable-length; "(00)…(01)…" is one. Data without brackets cannot be split, so it is one run.
 */
export function gs1Segments(elementString: string): string[] {
  if (!elementString.startsWith('(')) return [elementString];
  const elements = [...elementString.matchAll(/\((\d{2,4})\)(\d+)/g)].map(
    ([, ai = '', data = '']) => ({ ai, digits: `${ai}${data}` }),
  );
  const segments: string[] = [];
  let current = '';
  elements.forEach(({ ai, digits }, index) => {
    current += digits;
    const fixed = PREDEFINED_LENGTH[ai.slice(0, 2)] !== undefined;
    if (!fixed && index < elements.length - 1) {
      segments.push(current);
      current = '';
    }
  });
  if (current !== '') segments.push(current);
  return segments;
}

/**
 * GS1-128 data for ^BC in mode N: start in subset C, FNC1, the digits in pairs, FNC1 between
 * runs. A run of odd length ends with its last three digits in subset B (`>6`), and the symbol
 * stays in B from there. Staying in B costs a little width but avoids `>5` (back to C) and a lone
 * digit right after an invocation code, both of which the offline previewer (Zebrash) mis-draws;
 * the symbol is the same valid GS1-128 to a printer either way.
 */
export function gs1128FieldData(elementString: string): string {
  let out = '>;>8';
  let subsetC = true;
  gs1Segments(elementString).forEach((digits, index) => {
    if (index > 0) out += '>8';
    if (!subsetC) {
      out += digits;
      return;
    }
    const pairs = digits.length % 2 === 0 ? digits.length : Math.max(0, digits.length - 3);
    out += digits.slice(0, pairs);
    if (pairs < digits.length) {
      out += `>6${digits.slice(pairs)}`;
      subsetC = false;
    }
  });
  return out;
}

/** Code 128 data for ^BC in mode N (subset B): '>' starts an invocation, so '>' is sent as '>0'. */
export function code128FieldData(data: string): string {
  return data.replace(/>/g, '>0');
}

/**
 * Code 128 symbols in mode-N field data after the start character: one per invocation code, per
 * digit pair in subset C, per character in subset B.
 */
export function code128SymbolCount(fieldData: string): number {
  let count = 0;
  let subsetC = fieldData.startsWith('>;');
  for (
    let i = fieldData.startsWith('>;') || fieldData.startsWith('>:') ? 2 : 0;
    i < fieldData.length;
  ) {
    if (fieldData[i] === '>') {
      if (fieldData[i + 1] === '6') subsetC = false;
      i += 2;
    } else {
      i += subsetC ? 2 : 1;
    }
    count += 1;
  }
  return count;
}
