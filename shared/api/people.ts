import { z } from 'zod';
import { BadgeSchema, PinSchema } from '../security/credential-format';
import { PersonRoleSchema } from '../domain/person-role';

/** `POST /v1/people` (manager token): someone who signs in at stations by badge, PIN or both. */
export const CreatePersonSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the person a name').max(80),
    role: PersonRoleSchema,
    badge: BadgeSchema.optional(),
    pin: PinSchema.optional(),
  })
  .refine((p) => p.badge !== undefined || p.pin !== undefined, {
    message: 'Give a badge, a PIN or both, so the person can sign in',
  });
export type CreatePerson = z.infer<typeof CreatePersonSchema>;

export const PersonAnswerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: PersonRoleSchema,
  hasBadge: z.boolean(),
  hasPin: z.boolean(),
  active: z.boolean(),
});
export type PersonAnswer = z.infer<typeof PersonAnswerSchema>;
