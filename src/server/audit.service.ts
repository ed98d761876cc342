import {
  verifyChain,
  type AuditEntry,
  type AuditFilter,
  type AuditLog,
  type ChainCheck,
} from '../store/audit.ts';

/**
 * What is audited, by name. Every view of a person, lead or message, every search, export, package
 * build, media reveal, login and decision.
 */
export type AuditAction =
  | 'login'
  | 'login.failed'
  | 'login.refused'
  | 'logout'
  | 'search'
  | 'message.view'
  | 'person.view'
  | 'lead.view'
  | 'decision'
  | 'lead.update'
  | 'lead.update.refused'
  | 'package.verify'
  | 'export'
  | 'package.build'
  | 'media.reveal'
  | 'access.refused'
  | 'audit.view'
  | 'user.add'
  | 'network.view'
  | 'changes.view'
  | 'job.start'
  | 'job.cancel';

export class AuditService {
  constructor(private readonly log: AuditLog) {}

  record(
    user: string,
    action: AuditAction,
    object: string,
    details?: Readonly<Record<string, unknown>>,
  ): Promise<AuditEntry> {
    return this.log.append({ user, action, object, details });
  }

  /** Call AccessService.require(user, 'audit.read') first. */
  list(filter: AuditFilter): Promise<readonly AuditEntry[]> {
    return this.log.list(filter);
  }

  verify(): Promise<ChainCheck> {
    return verifyChain(this.log.entries());
  }
}
