import { z } from 'zod';
import { CurrencySchema, MinorUnitsSchema } from '../../domain/money';

/**
 * Bodies of the station ↔ head-office carrier calls (/v1/carriers/..., /v1/manifests/.../submit).
 * Carriers behind the shipping middleware are reached only by the head office, which holds the
 * API key; the station asks it for rates and labels and, when it cannot reach it, keeps the
 * parcel "awaiting label" and asks again later.
 */

const text = (max: number) => z.string().trim().max(max);
const CarrierCodeSchema = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, 'A carrier code is capitals, digits, - or _ (e.g. UPS)');

/** A postal address as the order pipeline keeps it (fulfilments.ship_to has this shape). */
export const CarrierAddressSchema = z.object({
  name: text(200).min(1, 'The address needs a name'),
  company: text(200).optional(),
  line1: text(200).min(1, 'The address needs a first line'),
  line2: text(200).optional(),
  city: text(100).min(1, 'The address needs a town or city'),
  region: text(100).optional(),
  postcode: text(20),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166 country code like GB'),
  phone: text(40).optional(),
  email: z.email().optional(),
});
export type CarrierAddress = z.infer<typeof CarrierAddressSchema>;

const MmSchema = z.number().int().positive().max(10_000);
export const ParcelDimsSchema = z.object({
  lengthMm: MmSchema,
  widthMm: MmSchema,
  heightMm: MmSchema,
});

/** POST /v1/carriers/rates */
export const CarrierRatesRequestSchema = z.object({
  parcelId: z.uuid(),
  weightGrams: z.number().int().positive().max(1_000_000),
  dims: ParcelDimsSchema,
  /** The warehouse the parcel leaves from, as it should print on the label. */
  origin: CarrierAddressSchema,
  destination: CarrierAddressSchema,
});
export type CarrierRatesRequest = z.infer<typeof CarrierRatesRequestSchema>;

export const CARRIER_ERROR_CODES = [
  /** No middleware is configured at the head office, or the carrier is switched off. */
  'NOT_CONFIGURED',
  'UNAVAILABLE',
  'TIMEOUT',
  'RATE_LIMITED',
  /** The carrier said no to this parcel (bad address, too heavy, ...): a person must act. */
  'REFUSED',
  'BAD_RESPONSE',
  /** The carrier does not do this (e.g. a rate-card carrier's labels are made at the station). */
  'UNSUPPORTED',
] as const;
export const CarrierErrorCodeSchema = z.enum(CARRIER_ERROR_CODES);
export type CarrierErrorCode = z.infer<typeof CarrierErrorCodeSchema>;

export const CarrierQuoteSchema = z.object({
  carrierCode: CarrierCodeSchema,
  carrierName: z.string(),
  serviceCode: z.string().min(1),
  serviceName: z.string().min(1),
  priceMinor: MinorUnitsSchema,
  currency: CurrencySchema,
  /** Null when the carrier does not promise a transit time. */
  transitDays: z.number().int().nonnegative().nullable(),
  /** Opaque; pass it back to /v1/carriers/labels to buy exactly this quote. */
  rateId: z.string().min(1),
});
export type CarrierQuote = z.infer<typeof CarrierQuoteSchema>;

export const CarrierUnavailableSchema = z.object({
  carrierCode: CarrierCodeSchema,
  carrierName: z.string(),
  code: CarrierErrorCodeSchema,
  message: z.string(),
  /** True when asking again later may work (network, timeout, rate limit). */
  retryable: z.boolean(),
});
export type CarrierUnavailable = z.infer<typeof CarrierUnavailableSchema>;

/** 200 answer of POST /v1/carriers/rates: one carrier failing does not fail the others. */
export const CarrierRatesAnswerSchema = z.object({
  quotes: z.array(CarrierQuoteSchema),
  unavailable: z.array(CarrierUnavailableSchema),
});
export type CarrierRatesAnswer = z.infer<typeof CarrierRatesAnswerSchema>;

/**
 * POST /v1/carriers/labels. With `rateId` (from a rates answer) that exact quote is bought;
 * without it the head office asks the middleware again for this parcel (measures from the closed
 * parcel, destination from the fulfilment) and buys the carrier's service by its code.
 */
export const CarrierLabelRequestSchema = z.object({
  parcelId: z.uuid(),
  carrierCode: CarrierCodeSchema,
  serviceCode: z.string().trim().min(1).max(60),
  rateId: z.string().min(1).max(200).optional(),
  origin: CarrierAddressSchema,
});
export type CarrierLabelRequest = z.infer<typeof CarrierLabelRequestSchema>;

/** The label bought for a parcel; a retried purchase answers with the same one. */
export const CarrierLabelAnswerSchema = z.object({
  parcelId: z.uuid(),
  carrierCode: CarrierCodeSchema,
  serviceCode: z.string(),
  trackingNumber: z.string().min(1),
  zpl: z.string().min(1),
  priceMinor: MinorUnitsSchema,
  currency: CurrencySchema,
  providerShipmentId: z.string().min(1),
  boughtAt: z.iso.datetime({ offset: true }),
  /** False when this answer is a label bought by an earlier request for the same parcel. */
  newlyBought: z.boolean(),
});
export type CarrierLabelAnswer = z.infer<typeof CarrierLabelAnswerSchema>;

/** 200 answer of POST /v1/carriers/labels/:parcelId/void */
export const CarrierVoidAnswerSchema = z.object({
  parcelId: z.uuid(),
  trackingNumber: z.string(),
  voidedAt: z.iso.datetime({ offset: true }),
  /** The middleware's refund state: submitted, refunded, not_applicable (bill-on-scan). */
  refundStatus: z.string(),
});
export type CarrierVoidAnswer = z.infer<typeof CarrierVoidAnswerSchema>;

/** One block of consignment numbers; `next` is the head office's view (from uploaded shipments). */
export const ConsignmentBlockSchema = z.object({
  id: z.uuid(),
  carrierCode: CarrierCodeSchema,
  prefix: z.string(),
  first: z.number().int().positive(),
  last: z.number().int().positive(),
  next: z.number().int().positive(),
  allocatedAt: z.iso.datetime({ offset: true }),
});
export type ConsignmentBlock = z.infer<typeof ConsignmentBlockSchema>;

/** Answer of POST /v1/carriers/:code/consignment-ranges: 201 when a block was cut, else 200. */
export const ConsignmentRangesAnswerSchema = z.object({
  allocated: z.boolean(),
  ranges: z.array(ConsignmentBlockSchema),
});
export type ConsignmentRangesAnswer = z.infer<typeof ConsignmentRangesAnswerSchema>;

/** Answer of POST /v1/manifests/:id/submit */
export const ManifestSubmissionAnswerSchema = z.object({
  manifestId: z.uuid(),
  submitted: z.boolean(),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  submissionRef: z.string().nullable(),
  submitError: z.string().nullable(),
});
export type ManifestSubmissionAnswer = z.infer<typeof ManifestSubmissionAnswerSchema>;

/**
 * A refusal caused by a carrier: the usual `{error: {code, message}}` plus which carrier failed
 * and whether the station should simply try again later (keep the parcel awaiting its label).
 */
export const CarrierFailureAnswerSchema = z.object({
  error: z.object({
    code: z.enum(['UNAVAILABLE', 'UNPROCESSABLE']),
    message: z.string(),
    carrier: z.object({
      code: CarrierErrorCodeSchema,
      carrierCode: z.string().nullable(),
      retryable: z.boolean(),
    }),
  }),
});
export type CarrierFailureAnswer = z.infer<typeof CarrierFailureAnswerSchema>;
