import { VigilError } from '../core/errors.ts';
import type { SearchQuery } from '../store/search-types.ts';
import type { Role, User } from '../store/users.ts';
import type { Audience } from './event-bus.ts';
import { accountKey, type MessageScope } from './message-scope.ts';

/** What a role may do at all; what it may see within that is decided per object below. */
export type Permission =
  | 'case.read'
  | 'messages.read'
  | 'audit.read'
  | 'users.manage'
  | 'media.reveal'
  | 'leads.read'
  | 'leads.decide'
  | 'packages.build'
  /** Build and verify signed packages (admins). */
  | 'packages.manage'
  /** Start ingest and analysis jobs from the workbench. */
  | 'jobs.run';

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    'case.read',
    'messages.read',
    'audit.read',
    'users.manage',
    'media.reveal',
    'leads.read',
    'leads.decide',
    'packages.build',
    'packages.manage',
    'jobs.run',
  ],
  analyst: ['case.read', 'messages.read', 'media.reveal', 'leads.read', 'leads.decide', 'packages.build'],
  liaison: ['messages.read', 'leads.read', 'media.reveal'],
};

interface Participants {
  readonly platform: string;
  readonly sender: string;
  readonly recipients: readonly string[];
}

/**
 * Need to know, enforced on the server: every route asks this one service before it reads or acts.
 * Roles grant permissions; a liaison's reach within them is their MessageScope (message-scope.ts).
 */
export class AccessService {
  constructor(private readonly scopeOf: (user: User) => Promise<MessageScope>) {}

  can(user: User, permission: Permission): boolean {
    return GRANTS[user.role].includes(permission);
  }

  require(user: User, permission: Permission): void {
    if (!this.can(user, permission))
      throw new VigilError(`Your role (${user.role}) does not allow this (${permission}).`, 403, 'forbidden');
  }

  scope(user: User): Promise<MessageScope> {
    return this.scopeOf(user);
  }

  /**
   * The search this user may run. Staff search everything. A liaison must name, in the account
   * filter, an account they are entitled to; anything wider is refused.
   */
  async searchQuery(user: User, q: SearchQuery): Promise<SearchQuery> {
    this.require(user, 'messages.read');
    const scope = await this.scopeOf(user);
    if (scope.all) return q;
    const where = user.countries.join(', ');
    if (scope.accounts.size === 0)
      throw new VigilError(
        `As liaison for ${where} you may search only messages behind leads attributed to ${where}, and there are none yet.`,
        403,
        'need_to_know',
      );
    const inScope =
      q.account !== undefined &&
      q.platform !== undefined &&
      scope.accounts.has(accountKey(q.platform, q.account));
    if (!inScope)
      throw new VigilError(
        `As liaison for ${where} you may search only within an account of a lead attributed to ${where}: choose the platform and account.`,
        403,
        'need_to_know',
      );
    return q;
  }

  /** May this user read a message between these participants? */
  mayReadMessage(user: User, scope: MessageScope, m: Participants): boolean {
    if (!this.can(user, 'messages.read')) return false;
    if (scope.all) return true;
    return [m.sender, ...m.recipients].some((h) => scope.accounts.has(accountKey(m.platform, h)));
  }

  async requireMessage(user: User, m: Participants): Promise<MessageScope> {
    const scope = await this.scopeOf(user);
    if (!this.mayReadMessage(user, scope, m))
      throw new VigilError('This message is outside what your role may see.', 403, 'need_to_know');
    return scope;
  }

  /**
   * May this user see something attributed to these countries (a lead, a person, a package)?
   * Staff see everything; a liaison only what is attributed to one of their countries.
   */
  mayReadAttributed(user: User, countries: readonly string[]): boolean {
    if (user.role !== 'liaison') return true;
    return countries.some((c) => user.countries.includes(c.toUpperCase()));
  }

  requireAttributed(user: User, countries: readonly string[], what = 'This'): void {
    if (!this.mayReadAttributed(user, countries))
      throw new VigilError(
        `${what} is attributed to ${countries.length === 0 ? 'no country' : countries.join(', ')}, outside your countries (${user.countries.join(', ')}).`,
        403,
        'need_to_know',
      );
  }

  /** Does an event on the bus go to this user? */
  mayReceive(user: User, audience: Audience): boolean {
    if (audience === 'everyone') return true;
    if (user.role !== 'liaison') return true;
    if (audience === 'staff') return false;
    return this.mayReadAttributed(user, audience.countries);
  }
}
