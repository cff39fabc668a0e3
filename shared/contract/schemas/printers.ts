import { z } from 'zod';

export const PRINTER_KINDS = ['label', 'receipt', 'a4'] as const;
export const PrinterKindSchema = z.enum(PRINTER_KINDS);
export type PrinterKind = z.infer<typeof PrinterKindSchema>;

/** tcp: raw port 9100. spooler: a CUPS queue (`lp -o raw`). file: bytes appended to a file. */
export const PRINTER_DRIVERS = ['tcp', 'spooler', 'file'] as const;
export const PrinterDriverSchema = z.enum(PRINTER_DRIVERS);
export type PrinterDriverKind = z.infer<typeof PrinterDriverSchema>;

/** Conditions a printer (or its spooler) reports that stop it printing until a person acts. */
export const PRINTER_PROBLEMS = [
  'paper-out',
  'head-open',
  'ribbon-out',
  'paused',
  'queue-disabled',
] as const;
export const PrinterProblemSchema = z.enum(PRINTER_PROBLEMS);
export type PrinterProblem = z.infer<typeof PrinterProblemSchema>;

/**
 * ready: answered, nothing wrong. printing: sending a job now. attention: answered with a
 * problem (paper out …). offline: did not answer. switched-off: disabled here. checking: not
 * looked at yet since the station started.
 */
export const PRINTER_STATES = [
  'ready',
  'printing',
  'attention',
  'offline',
  'switched-off',
  'checking',
] as const;
export const PrinterStateSchema = z.enum(PRINTER_STATES);
export type PrinterState = z.infer<typeof PrinterStateSchema>;

const HOST =
  /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)$/;

/**
 * A printer address in the form its driver needs, or a sentence saying what is wrong. A TCP
 * address without a port gets 9100, the raw-printing port every network label printer listens on.
 */
export function checkPrinterAddress(
  driver: PrinterDriverKind,
  raw: string,
): { ok: true; address: string } | { ok: false; message: string } {
  const address = raw.trim();
  if (address === '') {
    const what = { tcp: 'its host:port', spooler: 'its print queue', file: 'a file path' };
    return { ok: false, message: `Give the printer ${what[driver]}` };
  }
  switch (driver) {
    case 'tcp': {
      const match = /^(\[[^\]]*\]|[^:]+)(?::(\d*))?$/.exec(address);
      const host = match?.[1] ?? '';
      if (!HOST.test(host)) {
        return {
          ok: false,
          message: 'Write the address as host:port, e.g. 192.168.1.40:9100 or zebra-1:9100',
        };
      }
      const portText = match?.[2];
      const port = portText === undefined ? 9100 : Number(portText);
      if (portText === '' || !Number.isInteger(port) || port < 1 || port > 65535) {
        return { ok: false, message: 'The port must be a number from 1 to 65535 (usually 9100)' };
      }
      return { ok: true, address: `${host}:${port}` };
    }
    case 'spooler':
      return /^[A-Za-z0-9_.-]{1,127}$/.test(address)
        ? { ok: true, address }
        : {
            ok: false,
            message: 'A print queue name uses letters, digits, _ . and - only, e.g. Zebra_ZD420',
          };
    case 'file':
      return /^(\/|[A-Za-z]:[\\/])/.test(address) && !address.includes('\0')
        ? { ok: true, address }
        : {
            ok: false,
            message: 'Give the whole path of the file, e.g. /var/spool/wharf/labels.zpl',
          };
  }
}

export const PrinterNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the printer a name, e.g. "Zebra pack bench 2"', abort: true })
  .max(40, 'Keep the printer name to 40 characters or fewer');

/** Adds a printer (no id) or changes one (its id). */
export const PrinterSaveSchema = z
  .strictObject({
    id: z.string().min(1).optional(),
    name: PrinterNameSchema,
    kind: PrinterKindSchema,
    driver: PrinterDriverSchema,
    address: z.string().max(300, 'The address is at most 300 characters'),
    enabled: z.boolean().default(true),
    /** Documents of its kind go to this printer when the station has several. */
    isDefault: z.boolean().default(false),
    /** Label printers: 203 or 300 dpi (the print head's resolution). */
    dpi: z.union([z.literal(203), z.literal(300)]).default(203),
  })
  .transform((input, ctx) => {
    const checked = checkPrinterAddress(input.driver, input.address);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: checked.message });
      return z.NEVER;
    }
    return { ...input, address: checked.address };
  });
export type PrinterSave = z.output<typeof PrinterSaveSchema>;
export type PrinterSaveInput = z.input<typeof PrinterSaveSchema>;

export const PrinterLiveStatusSchema = z.object({
  state: PrinterStateSchema,
  problems: z.array(PrinterProblemSchema),
  /** What a person should know or do, in one sentence; null when all is well. */
  message: z.string().nullable(),
  checkedAt: z.iso.datetime().nullable(),
});
export type PrinterLiveStatus = z.infer<typeof PrinterLiveStatusSchema>;

export const PrinterViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: PrinterKindSchema,
  driver: PrinterDriverSchema,
  address: z.string(),
  enabled: z.boolean(),
  isDefault: z.boolean(),
  dpi: z.union([z.literal(203), z.literal(300)]),
  status: PrinterLiveStatusSchema,
  /** Jobs not yet on paper (queued or being sent). */
  waiting: z.number().int().nonnegative(),
  /** The printer's words about the oldest job it has refused and still owes; null when none. */
  lastError: z.string().nullable(),
});
export type PrinterView = z.infer<typeof PrinterViewSchema>;

export const PrinterListSchema = z.object({ printers: z.array(PrinterViewSchema) });
export type PrinterList = z.infer<typeof PrinterListSchema>;

export const PRINT_JOB_STATES = ['queued', 'sending', 'printed', 'failed'] as const;

/** A print job as people see it: everything but its bytes. */
export const PrintJobViewSchema = z.object({
  id: z.string(),
  printerId: z.string(),
  printerName: z.string(),
  seq: z.number().int(),
  documentKind: z.string(),
  reference: z.string(),
  copyOf: z.string().nullable(),
  reprintReason: z.string().nullable(),
  state: z.enum(PRINT_JOB_STATES),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  givenUpReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
  printedAt: z.iso.datetime().nullable(),
});
export type PrintJobView = z.infer<typeof PrintJobViewSchema>;

export const PrintJobListSchema = z.object({ jobs: z.array(PrintJobViewSchema) });

export const PrinterIdSchema = z.strictObject({ id: z.string().min(1) });

export const PrintJobsQuerySchema = z.strictObject({
  /** waiting: every job not yet on paper, oldest first. recent: the newest jobs of any state. */
  which: z.enum(['waiting', 'recent']).default('recent'),
  printerId: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(500).default(50),
});

/** Why a person prints again or gives up: kept with the job and in the activity log. */
export const PrintReasonSchema = z
  .string()
  .trim()
  .min(3, 'Say why in a few words, e.g. "label torn"')
  .max(200, 'Keep the reason to 200 characters or fewer');

export const PrintJobReasonSchema = z.strictObject({
  jobId: z.string().min(1),
  reason: PrintReasonSchema,
});

export const PrintJobIdSchema = z.strictObject({ jobId: z.string().min(1) });

/** Pushed when a printer's set-up, its live status or any of its jobs changed. */
export const PrintersChangedSchema = z.object({
  at: z.iso.datetime(),
  printerId: z.string(),
  jobId: z.string().nullable(),
});
