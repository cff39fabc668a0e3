import { z } from 'zod';

/** What a serial scanner sends after each barcode; set on the scanner itself, copied here. */
export const SCANNER_TERMINATORS = ['CR', 'LF', 'CRLF'] as const;
export const ScannerTerminatorSchema = z.enum(SCANNER_TERMINATORS);
export type ScannerTerminator = z.infer<typeof ScannerTerminatorSchema>;

/** The speeds serial scanners are sold with; 9600 is almost every scanner's factory setting. */
export const SCANNER_BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;

export const ScannerBaudRateSchema = z
  .number()
  .int()
  .refine((rate) => (SCANNER_BAUD_RATES as readonly number[]).includes(rate), {
    message: `Choose a baud rate the scanner supports: ${SCANNER_BAUD_RATES.join(', ')}`,
  });

/** A name the floor recognises; it is recorded with every scan as the device. */
export const ScannerNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the scanner a name, e.g. "Pack bench 2"', abort: true })
  .max(40, 'Keep the scanner name to 40 characters or fewer')
  .regex(/^[\p{L}\p{N} ._\-#/()]+$/u, 'Use letters, digits, spaces and . _ - # / ( ) only');

/**
 * A port as the operating system names it: a device path on Linux and macOS
 * (`/dev/ttyUSB0`, `/dev/serial/by-id/…`, `/dev/tty.usbserial-…`) or `COM3` on Windows.
 */
export const SerialPortPathSchema = z
  .string()
  .trim()
  .min(1, { error: 'Choose the port the scanner is plugged into', abort: true })
  .max(200, 'A port path is at most 200 characters')
  .regex(
    /^(\/[\w.:+@/-]+|COM[1-9]\d{0,2}|\\\\\.\\COM[1-9]\d{0,2})$/i,
    'A port is a device path such as /dev/ttyUSB0, or COM3 on Windows',
  );

export const SerialScannerConfigSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  path: z.string(),
  baudRate: z.number().int(),
  terminator: ScannerTerminatorSchema,
  enabled: z.boolean(),
});
export type SerialScannerConfig = z.infer<typeof SerialScannerConfigSchema>;

/** open: reading scans. closed: switched off. error: cannot read; `message` says why. */
export const SCANNER_STATES = ['open', 'closed', 'error'] as const;
export const ScannerStateSchema = z.enum(SCANNER_STATES);
export type ScannerState = z.infer<typeof ScannerStateSchema>;

export const SerialScannerStatusSchema = SerialScannerConfigSchema.extend({
  state: ScannerStateSchema,
  /** What a person should know or do, in one sentence; null when all is well. */
  message: z.string().nullable(),
  lastScanAt: z.iso.datetime().nullable(),
  /** The last input thrown away and why: the clue to a wrong baud rate or terminator. */
  lastRejected: z.object({ at: z.iso.datetime(), reason: z.string() }).nullable(),
});
export type SerialScannerStatus = z.infer<typeof SerialScannerStatusSchema>;

export const SerialScannerListSchema = z.object({ scanners: z.array(SerialScannerStatusSchema) });
export type SerialScannerList = z.infer<typeof SerialScannerListSchema>;

/** Adds a scanner (no id) or changes one (its id). */
export const SerialScannerSaveSchema = z.strictObject({
  id: z.uuid().optional(),
  name: ScannerNameSchema,
  path: SerialPortPathSchema,
  baudRate: ScannerBaudRateSchema.default(9600),
  terminator: ScannerTerminatorSchema.default('CR'),
  enabled: z.boolean().default(true),
});
export type SerialScannerSave = z.infer<typeof SerialScannerSaveSchema>;
export type SerialScannerSaveInput = z.input<typeof SerialScannerSaveSchema>;

export const SerialScannerRemoveSchema = z.strictObject({ id: z.uuid() });

/** A serial port the computer has now, and which configured scanner (if any) uses it. */
export const SerialPortInfoSchema = z.object({
  path: z.string(),
  manufacturer: z.string().nullable(),
  serialNumber: z.string().nullable(),
  vendorId: z.string().nullable(),
  productId: z.string().nullable(),
  usedBy: z.string().nullable(),
});
export type SerialPortInfo = z.infer<typeof SerialPortInfoSchema>;

export const SerialPortListSchema = z.object({ ports: z.array(SerialPortInfoSchema) });
