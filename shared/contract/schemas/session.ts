import { z } from 'zod';
import { BadgeSchema, PinSchema } from '../../security/credential-format';
import { PersonRoleSchema } from '../../domain/person-role';

/** The person signed in at this station; checked against synced hashes, so it works offline. */
export const SessionSchema = z.object({
  personId: z.uuid(),
  name: z.string(),
  role: PersonRoleSchema,
  signedInAt: z.iso.datetime(),
  method: z.enum(['badge', 'pin']),
});
export type Session = z.infer<typeof SessionSchema>;

export const SignInInputSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('badge'), badge: BadgeSchema }),
  z.strictObject({ method: z.literal('pin'), personId: z.uuid(), pin: PinSchema }),
]);
export type SignInInput = z.infer<typeof SignInInputSchema>;

/** Who can be picked from the list to sign in with a PIN (never the hashes). */
export const SignInPersonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: PersonRoleSchema,
});
export type SignInPerson = z.infer<typeof SignInPersonSchema>;
