/**
 * Reads the text back out of an uncompressed pdfkit PDF, for tests: pdfkit writes embedded-font
 * text as glyph ids, so each font's ToUnicode map is needed to turn them into characters. Each
 * BT…ET block (one laid-out line in pdfkit) becomes one line of the result. Not a PDF parser:
 * it knows pdfkit's output and nothing else, which keeps the tests free of poppler.
 */
export function readPdfkitText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const match of source.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    objects.set(match[1] ?? '', match[2] ?? '');
  }
  const fonts = new Map<string, Map<number, string>>();
  for (const resources of source.matchAll(/\/Font <<([^>]*)>>/g)) {
    for (const ref of (resources[1] ?? '').matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(ref[2] ?? '') ?? '';
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
      if (toUnicode !== undefined) {
        fonts.set(ref[1] ?? '', readToUnicode(objects.get(toUnicode) ?? ''));
      }
    }
  }

  const lines: string[] = [];
  for (const block of source.matchAll(/\nBT\n([\s\S]*?)\nET/g)) {
    const body = block[1] ?? '';
    const fontName = /\/(F\d+) [\d.]+ Tf/.exec(body)?.[1] ?? '';
    const map = fonts.get(fontName);
    if (map === undefined) continue;
    let line = '';
    for (const hex of body.matchAll(/<([0-9a-f]+)>/gi)) {
      const ids = hex[1] ?? '';
      for (let i = 0; i < ids.length; i += 4)
        line += map.get(parseInt(ids.slice(i, i + 4), 16)) ?? '';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

function readToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string): string =>
    String.fromCharCode(
      ...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)),
    );
  for (const range of cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]{4})> \[([^\]]*)\]/gi)) {
    const start = parseInt(range[1] ?? '0', 16);
    [...(range[3] ?? '').matchAll(/<([0-9a-f ]+)>/gi)].forEach((target, i) => {
      map.set(start + i, utf16(target[1] ?? ''));
    });
  }
  return map;
}
