/**
 * What the spool needs from a printer: take these bytes and resolve only once the printer (or the
 * operating system's spooler) has them all. A rejection's message is shown to the clerk as the
 * job's error, so it says what is wrong in words.
 */
export interface PrinterDriver {
  send(bytes: Uint8Array): Promise<void>;
}

/** A printer could not take a job; the message is a sentence a warehouse person can act on. */
export class PrinterError extends Error {
  override readonly name = 'PrinterError';
}
