import { z } from 'zod';
import { defineMethods } from '../define';
import {
  PrinterIdSchema,
  PrinterListSchema,
  PrinterSaveSchema,
  PrinterViewSchema,
  PrintJobIdSchema,
  PrintJobListSchema,
  PrintJobReasonSchema,
  PrintJobsQuerySchema,
  PrintJobViewSchema,
} from '../schemas/printers';

export const printerMethods = defineMethods({
  'printers.list': {
    summary: "This station's printers, each with its live status and how many jobs it owes.",
    input: z.strictObject({}),
    output: PrinterListSchema,
  },
  'printers.save': {
    summary: 'Add a printer, or change one; it is checked at once. The change is logged.',
    input: PrinterSaveSchema,
    output: PrinterViewSchema,
  },
  'printers.remove': {
    summary: 'Take a printer off the list (refused while it still has jobs to print); logged.',
    input: PrinterIdSchema,
    output: PrinterListSchema,
  },
  'printers.testPrint': {
    summary: 'Print a small test document suited to the printer: a ZPL label, a slip, or a page.',
    input: PrinterIdSchema,
    output: PrintJobViewSchema,
  },
  'printers.jobs': {
    summary: 'Print jobs: those still waiting, or the most recent, with attempts and errors.',
    input: PrintJobsQuerySchema,
    output: PrintJobListSchema,
  },
  'printers.reprint': {
    summary: 'Print a job again; the reason is kept with the copy and logged.',
    input: PrintJobReasonSchema,
    output: PrintJobViewSchema,
  },
  'printers.retryNow': {
    summary: "Try a waiting job's printer now instead of after its back-off.",
    input: PrintJobIdSchema,
    output: PrintJobViewSchema,
  },
  'printers.cancelJob': {
    summary: 'Give up on a job that will not print; it is kept as failed with the reason, logged.',
    input: PrintJobReasonSchema,
    output: PrintJobViewSchema,
  },
});
