import { z } from 'zod';
import { defineMethods } from '../define';
import {
  PickCandidateSchema,
  PickScanAnswerSchema,
  PickScanInputSchema,
  PickShortInputSchema,
  PickStartInputSchema,
  PickStateSchema,
  ScanMeaningSchema,
  ScanResolveInputSchema,
  WaveRefSchema,
  WaveSummarySchema,
} from '../schemas/floor';
import { FloorOverviewSchema } from '../schemas/floor-overview';
import {
  FulfilmentRefSchema,
  PackCloseInputSchema,
  PackingSlipSchema,
  PackOpenAnswerSchema,
  PackOpenInputSchema,
  PackScanAnswerSchema,
  PackScanInputSchema,
  PackStateSchema,
} from '../schemas/pack';

export const floorMethods = defineMethods({
  'scan.resolve': {
    summary:
      'What a scan is in this warehouse: a product (and how many units), bin, tote or order.',
    input: ScanResolveInputSchema,
    output: ScanMeaningSchema,
  },
  'pick.candidates': {
    summary: 'Released orders waiting to be picked, oldest first.',
    input: z.strictObject({}),
    output: z.array(PickCandidateSchema),
  },
  'pick.start': {
    summary: 'Start a pick list (single, batch or cluster) from released orders.',
    input: PickStartInputSchema,
    output: z.object({ waveId: z.uuid() }),
  },
  'pick.waves': {
    summary: 'Pick lists started at this station that are not finished, newest first.',
    input: z.strictObject({}),
    output: z.array(WaveSummarySchema),
  },
  'pick.state': {
    summary: 'Where a pick list stands: the stop to go to, what to scan, progress.',
    input: WaveRefSchema,
    output: PickStateSchema,
  },
  'pick.scan': {
    summary: 'A bin, item, lot or serial scanned while picking: taken, or refused with why.',
    input: PickScanInputSchema,
    output: PickScanAnswerSchema,
  },
  'pick.short': {
    summary: 'The bin cannot give what the stop asks: record why; re-task or backorder the rest.',
    input: PickShortInputSchema,
    output: PickScanAnswerSchema,
  },
  'pick.undo': {
    summary: 'Take back this pick list’s last pick (the units go back in the bin).',
    input: WaveRefSchema,
    output: PickScanAnswerSchema,
  },
  'pack.open': {
    summary: 'Open an order at the packing bench by scanning its tote, order or fulfilment.',
    input: PackOpenInputSchema,
    output: PackOpenAnswerSchema,
  },
  'pack.state': {
    summary: 'An order at the bench: lines, verified units, parcels, box suggestion.',
    input: FulfilmentRefSchema,
    output: PackStateSchema,
  },
  'pack.scan': {
    summary: 'An item scanned at the bench: verified into the parcel, or called out as wrong.',
    input: PackScanInputSchema,
    output: PackScanAnswerSchema,
  },
  'pack.removeLast': {
    summary: 'Take the last verified item back out of the open parcel.',
    input: FulfilmentRefSchema,
    output: PackScanAnswerSchema,
  },
  'pack.closeParcel': {
    summary: 'Close the open parcel with its box and weight; the last one makes the order packed.',
    input: PackCloseInputSchema,
    output: PackScanAnswerSchema,
  },
  'pack.slip': {
    summary: 'The packing slip of an order, as a PDF.',
    input: FulfilmentRefSchema,
    output: PackingSlipSchema,
  },
  'pack.printSlip': {
    summary: "Print the order's packing slip again on the bench's receipt or A4 printer.",
    input: FulfilmentRefSchema,
    output: z.object({ message: z.string() }),
  },
  'floor.overview': {
    summary: 'Pick lists in progress, pick rates and exceptions across the warehouse.',
    input: z.strictObject({}),
    output: FloorOverviewSchema,
  },
});
