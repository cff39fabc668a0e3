import { z } from 'zod';

/** What a person does on the floor; it decides which station actions they may take. */
export const PERSON_ROLES = [
  'admin',
  'manager',
  'picker',
  'packer',
  'shipping',
  'returns',
] as const;
export const PersonRoleSchema = z.enum(PERSON_ROLES);
export type PersonRole = z.infer<typeof PersonRoleSchema>;

export const PERSON_ROLE_LABELS: Readonly<Record<PersonRole, string>> = {
  admin: 'Administrator',
  manager: 'Manager',
  picker: 'Picker',
  packer: 'Packer',
  shipping: 'Shipping clerk',
  returns: 'Returns desk',
};
