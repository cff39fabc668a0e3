import { z } from 'zod';
import { WharfError } from '../../../../shared/contract';
import {
  CarrierFailureAnswerSchema,
  CarrierLabelAnswerSchema,
  CarrierRatesAnswerSchema,
  CarrierVoidAnswerSchema,
  ConsignmentRangesAnswerSchema,
} from '../../../../shared/contract/schemas/carrier-api';
import { SsccRangesAnswerSchema } from '../../../../shared/contract/schemas/sscc-api';
import { OpenTrackingAlertsAnswerSchema } from '../../../../shared/contract/schemas/tracking-alerts';
import type {
  CarrierLabelAnswer,
  CarrierLabelRequest,
  CarrierRatesAnswer,
  CarrierRatesRequest,
  CarrierVoidAnswer,
} from '../../../../shared/contract/schemas/carrier-api';

const RefusalSchema = z.object({ error: z.object({ message: z.string() }) });

/** The head office or the carrier could not be reached: asking again later may work. */
export class CarrierOffline extends Error {
  override readonly name = 'CarrierOffline';
}

export interface HeadOfficeAccess {
  headOfficeUrl: string;
  token: string;
}

/**
 * The station's side of the head-office carrier calls. Online-only carriers are reached only
 * through the head office (it holds the API keys). Short timeouts: a clerk is waiting, and a
 * parcel that cannot get its label now waits in "awaiting label" instead.
 */
export function createHeadOfficeCarriers(deps: {
  access: () => HeadOfficeAccess | null;
  fetchClient?: typeof fetch;
  timeoutMs?: number;
}) {
  const fetchClient = deps.fetchClient ?? fetch;
  const timeoutMs = deps.timeoutMs ?? 8_000;

  async function call<S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    method: 'POST' | 'GET' = 'POST',
  ): Promise<z.output<S>> {
    const access = deps.access();
    if (!access) throw new CarrierOffline('This station is not connected to a head office.');
    let response: Response;
    try {
      response = await fetchClient(new URL(path, access.headOfficeUrl), {
        method,
        headers: {
          authorization: `Bearer ${access.token}`,
          ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
        },
        ...(method === 'POST' ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new CarrierOffline('The head office cannot be reached.');
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = null;
    }
    if (response.ok) {
      const parsed = schema.safeParse(json);
      if (!parsed.success)
        throw new CarrierOffline('The head office sent an answer this station cannot read.');
      return parsed.data;
    }
    const failure = CarrierFailureAnswerSchema.safeParse(json);
    if (failure.success) {
      const { message, carrier } = failure.data.error;
      if (carrier.retryable) throw new CarrierOffline(message);
      throw new WharfError('BAD_REQUEST', message);
    }
    if (response.status >= 500 || response.status === 429) {
      throw new CarrierOffline(
        `The head office answered ${response.status}; it will be asked again.`,
      );
    }
    const refusal = RefusalSchema.safeParse(json);
    const message = refusal.success ? refusal.data.error.message : '';
    throw new WharfError('BAD_REQUEST', message || `The head office refused (${response.status}).`);
  }

  return {
    rates: (request: CarrierRatesRequest): Promise<CarrierRatesAnswer> =>
      call('/v1/carriers/rates', request, CarrierRatesAnswerSchema),
    buy: (request: CarrierLabelRequest): Promise<CarrierLabelAnswer> =>
      call('/v1/carriers/labels', request, CarrierLabelAnswerSchema),
    void: (parcelId: string): Promise<CarrierVoidAnswer> =>
      call(`/v1/carriers/labels/${encodeURIComponent(parcelId)}/void`, {}, CarrierVoidAnswerSchema),
    refillConsignments: (carrierCode: string) =>
      call(
        `/v1/carriers/${encodeURIComponent(carrierCode)}/consignment-ranges`,
        {},
        ConsignmentRangesAnswerSchema,
      ),
    refillSscc: () => call('/v1/sscc-ranges', {}, SsccRangesAnswerSchema),
    /** Parcels of this warehouse that stopped moving or hit a carrier exception. */
    alerts: () => call('/v1/tracking/alerts', null, OpenTrackingAlertsAnswerSchema, 'GET'),
  };
}
export type HeadOfficeCarriers = ReturnType<typeof createHeadOfficeCarriers>;
