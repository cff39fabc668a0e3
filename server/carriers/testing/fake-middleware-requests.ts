import { z } from 'zod';

/** What the fake accepts, as strictly as the real service documents it. */

export const FakeAddressSchema = z.object({
  name: z.string().min(1),
  company: z.string().optional(),
  street1: z.string().min(1),
  street2: z.string().optional(),
  city: z.string().min(1),
  state: z.string().optional(),
  zip: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/),
  phone: z.string().optional(),
  email: z.string().optional(),
});
export type FakeAddress = z.infer<typeof FakeAddressSchema>;

export const CreateShipmentSchema = z.object({
  shipment: z.object({
    to_address: FakeAddressSchema,
    from_address: FakeAddressSchema,
    parcel: z.object({
      weight: z.number().positive(),
      length: z.number().positive().optional(),
      width: z.number().positive().optional(),
      height: z.number().positive().optional(),
    }),
    reference: z.string().optional(),
    options: z.object({ label_format: z.string().optional() }).optional(),
  }),
});
export type CreateShipment = z.infer<typeof CreateShipmentSchema>['shipment'];

export const BuySchema = z.object({ rate: z.object({ id: z.string().min(1) }) });
export const ScanFormRequestSchema = z.object({
  shipments: z.array(z.object({ id: z.string().min(1) })).min(1),
});
export const TrackerRequestSchema = z.object({
  tracker: z.object({ tracking_code: z.string().min(1), carrier: z.string().optional() }),
});

/** An EasyPost-style refusal: `{error: {code, message, errors: [{field, message}]}}`. */
export class FakeRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: { field: string; message: string }[] = [],
  ) {
    super(message);
  }

  body(): unknown {
    return { error: { code: this.code, message: this.message, errors: this.errors } };
  }
}

/** Parses a request body, refusing as the real service does: 422 naming each bad field. */
export function parseFakeBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new FakeRefusal(
    422,
    'PARAMETER.INVALID',
    'One or more parameters were invalid',
    parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
  );
}

const POSTCODES: Record<string, RegExp> = {
  US: /^\d{5}(-\d{4})?$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
};

/** The address check a carrier does before rating: a postcode that cannot exist is refused. */
export function verifyAddress(address: FakeAddress, field: string): void {
  const pattern = POSTCODES[address.country];
  if (pattern && !pattern.test(address.zip.trim())) {
    throw new FakeRefusal(422, 'ADDRESS.VERIFY.FAILURE', 'Address not found', [
      {
        field: `${field}.zip`,
        message: `${address.zip || '(empty)'} is not a ${address.country} postcode`,
      },
    ]);
  }
}
