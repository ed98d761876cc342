import type { Store } from '../store/store.ts';
import type { AccessService } from './access.service.ts';
import type { AuditService } from './audit.service.ts';
import type { AuthService } from './auth.service.ts';
import type { EventBus } from './event-bus.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import type { CaseReader } from './read-model/case-reader.ts';

/** Everything the routes reach, built once per server (app.ts). */
export interface Services {
  readonly store: Store;
  readonly reader: CaseReader;
  readonly bus: EventBus;
  readonly auth: AuthService;
  readonly access: AccessService;
  readonly audit: AuditService;
  /** Cookies carry `Secure` (true unless the server is told it is behind plain HTTP on purpose). */
  readonly secureCookies: boolean;
  /** Where package builds are written, and the signing key folder. */
  readonly packages: { readonly dir: string; readonly keyDir: string };
  /** Ingest, analysis and package jobs (null when the server was given no case folder). */
  readonly jobs: JobRunner | null;
}
