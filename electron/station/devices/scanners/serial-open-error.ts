/**
 * Says in a sentence a warehouse person can act on why a port would not open. The bindings'
 * messages differ by operating system, so this matches the words they share.
 */
export function describeOpenError(path: string, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/no such file|not exist|cannot find|ENOENT|file not found/i.test(text)) {
    return `There is no serial port ${path}: plug the scanner in, or choose its port again`;
  }
  if (/permission|EACCES|access denied/i.test(text)) {
    return (
      `This station may not open ${path}: on Linux add its user to the "dialout" group, ` +
      'then sign out and in again'
    );
  }
  if (/lock|busy|EBUSY|in use/i.test(text)) {
    return `${path} is in use by another program; close it, or choose another port`;
  }
  return `${path} would not open: ${text}`;
}
