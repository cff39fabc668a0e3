/**
 * A LIKE pattern matching `text` anywhere, with the caller's `%`, `_` and `\` taken literally.
 * Backslash is PostgreSQL's default LIKE escape; the pattern itself is always a bound parameter.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
