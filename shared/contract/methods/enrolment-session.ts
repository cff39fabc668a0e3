import { z } from 'zod';
import { defineMethods } from '../define';
import { EnrolInputSchema, EnrolmentStateSchema } from '../schemas/enrolment';
import { SessionSchema, SignInInputSchema, SignInPersonSchema } from '../schemas/session';

export const enrolmentSessionMethods = defineMethods({
  'enrolment.get': {
    summary: 'Which head office and warehouse this station syncs with, if it is enrolled.',
    input: z.strictObject({}),
    output: EnrolmentStateSchema,
  },
  'enrolment.enrol': {
    summary: 'Exchange a one-time code from a manager for this station’s own head-office token.',
    input: EnrolInputSchema,
    output: EnrolmentStateSchema,
  },
  'session.get': {
    summary: 'The person signed in at this station, or null.',
    input: z.strictObject({}),
    output: SessionSchema.nullable(),
  },
  'session.people': {
    summary: 'People who can sign in here with a PIN, by name.',
    input: z.strictObject({}),
    output: z.array(SignInPersonSchema),
  },
  'session.signIn': {
    summary: 'Sign in by badge scan or PIN, checked against synced hashes (works offline).',
    input: SignInInputSchema,
    output: SessionSchema,
  },
  'session.signOut': {
    summary: 'Sign the current person out.',
    input: z.strictObject({}),
    output: z.null(),
  },
});
