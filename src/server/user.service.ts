import { VigilError } from '../core/errors.ts';
import type { AuditService } from './audit.service.ts';
import { hashPassword } from './password.ts';
import { ROLES, type Role, type User, type UserStore } from '../store/users.ts';

export interface AddUser {
  readonly username: string;
  readonly password: string;
  readonly role: string;
  readonly countries: readonly string[];
}

export const MIN_PASSWORD_LENGTH = 12;

/** Checks and stores a new user; `by` names who added them in the audit log. */
export async function addUser(
  users: UserStore,
  audit: AuditService,
  input: AddUser,
  by: string,
): Promise<User> {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(username))
    throw new VigilError(
      `The username "${input.username}" must be 2–64 letters, digits, dots, dashes or underscores.`,
    );
  if (!(ROLES as readonly string[]).includes(input.role))
    throw new VigilError(`The role "${input.role}" is not one of ${ROLES.join(', ')}.`);
  const role = input.role as Role;
  const countries = [...new Set(input.countries.map((c) => c.trim().toUpperCase()).filter((c) => c !== ''))];
  const bad = countries.find((c) => !/^[A-Z]{2}$/.test(c));
  if (bad !== undefined)
    throw new VigilError(`"${bad}" is not an ISO 3166-1 alpha-2 country code such as DE.`);
  if (role === 'liaison' && countries.length === 0)
    throw new VigilError('A liaison needs at least one country: --country CC[,CC...].');
  if (role !== 'liaison' && countries.length > 0)
    throw new VigilError(`Only liaisons have countries; an ${role} sees the whole case.`);
  if ([...input.password].length < MIN_PASSWORD_LENGTH)
    throw new VigilError(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  const user = await users.add({
    username,
    password_hash: await hashPassword(input.password),
    role,
    countries,
  });
  await audit.record(by, 'user.add', `user:${username}`, { role, countries });
  return user;
}
