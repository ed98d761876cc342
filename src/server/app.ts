import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AuditLog } from '../store/audit.ts';
import type { Store } from '../store/store.ts';
import type { User } from '../store/users.ts';
import { AccessService } from './access.service.ts';
import { AuditService } from './audit.service.ts';
import { warmAnalysis } from './analysis-warmer.ts';
import { auditRoutes } from './audit.routes.ts';
import { authRoutes } from './auth.routes.ts';
import { AuthService, DEFAULT_AUTH_LIMITS, type AuthLimits } from './auth.service.ts';
import { conversationRoutes } from './conversation.routes.ts';
import { decisionRoutes } from './decision.routes.ts';
import { EventBus } from './event-bus.ts';
import { eventsRoutes } from './events.routes.ts';
import { JobRunner } from './jobs/job-runner.ts';
import { jobRoutes } from './jobs/job.routes.ts';
import { leadRoutes } from './lead.routes.ts';
import { networksRoutes } from './networks.routes.ts';
import { changesRoutes } from './changes.routes.ts';
import { auditBuild } from './package.service.ts';
import { packageRoutes } from './package.routes.ts';
import { personRoutes } from './person.routes.ts';
import { registerErrorHandler } from './http-errors.ts';
import { mediaRoutes } from './media.routes.ts';
import { messageScopeOf, type AccountRef } from './message-scope.ts';
import type { CaseReader } from './read-model/case-reader.ts';
import { registerRequestAuth } from './request-auth.ts';
import { searchRoutes } from './search.routes.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import type { Services } from './services.ts';
import { statsRoutes } from './stats.routes.ts';
import { registerWebApp } from './web-app.ts';

export interface AppOptions {
  readonly store: Store;
  /** Where audit entries are appended (default the store's log; `vigil serve` uses a thread). */
  readonly auditLog?: AuditLog;
  readonly reader: CaseReader;
  readonly bus?: EventBus;
  readonly limits?: AuthLimits;
  readonly secureCookies?: boolean;
  /** The built web app's folder; null serves no web app (API tests). */
  readonly webRoot?: string | null;
  /** Where server failures are written (default stderr). */
  readonly log?: (line: string) => void;
  /** Trust X-Forwarded-For from a reverse proxy in front (for rate limiting by client address). */
  readonly trustProxy?: boolean;
  /** The accounts a liaison is entitled to (default: liaisonAccounts in message-scope.ts). */
  /** Where package builds go (default: a folder under the system's temporary folder). */
  readonly packagesDir?: string;
  /** The signing key folder (default ~/.vigil/keys, as `vigil package`). */
  readonly keyDir?: string;
  /** The case folder: jobs (ingest, analysis, package builds) run only when it is given. */
  readonly caseDir?: string;
  readonly liaisonAccounts?: (store: Store, user: User) => Promise<readonly AccountRef[]>;
}

/** Each feature's routes; the lead queue, persons, graph, packages and jobs register here too. */
export type RouteModule = (app: FastifyInstance, s: Services) => void;

export const ROUTES: readonly RouteModule[] = [
  authRoutes,
  searchRoutes,
  conversationRoutes,
  statsRoutes,
  auditRoutes,
  eventsRoutes,
  mediaRoutes,
  leadRoutes,
  personRoutes,
  decisionRoutes,
  packageRoutes,
  networksRoutes,
  changesRoutes,
  jobRoutes,
];

/** The workbench HTTP server: the JSON API under /api and the web app at /. Not yet listening. */
export async function buildApp(o: AppOptions): Promise<{ app: FastifyInstance; services: Services }> {
  const audit = new AuditService(o.auditLog ?? o.store.audit);
  const bus = o.bus ?? new EventBus();
  const packages = {
    dir: o.packagesDir ?? join(tmpdir(), `vigil-packages-${process.pid}`),
    keyDir: o.keyDir ?? join(homedir(), '.vigil', 'keys'),
  };
  const jobs =
    o.caseDir === undefined
      ? null
      : await JobRunner.start({
          store: o.store,
          bus,
          caseDir: o.caseDir,
          packagesDir: packages.dir,
          keyDir: packages.keyDir,
          // A job's packages are audited like the ones built on request.
          onBuilt: (build) => auditBuild({ audit, bus }, build),
          // The queue's first request after the job must not wait for the new analysis to load.
          onAnalysed: async () => void (await warmAnalysis(o.store)),
        });
  const services: Services = {
    store: o.store,
    reader: o.reader,
    bus,
    audit,
    auth: new AuthService(o.store.users, audit, o.limits ?? DEFAULT_AUTH_LIMITS),
    access: new AccessService(messageScopeOf(o.store, o.liaisonAccounts)),
    secureCookies: o.secureCookies ?? true,
    packages,
    jobs,
  };
  const app = Fastify({
    logger: false,
    trustProxy: o.trustProxy ?? false,
    bodyLimit: 1 << 20,
    // Live-event streams stay open: closing the server must not wait for them.
    forceCloseConnections: true,
  });
  if (jobs !== null) app.addHook('onClose', () => jobs.close());
  await app.register(fastifyCookie);
  registerSecurityHeaders(app);
  registerErrorHandler(app, o.log ?? ((line) => process.stderr.write(`vigil serve: ${line}\n`)));
  registerRequestAuth(app, services);
  app.get('/api/health', () => ({ ok: true }));
  for (const routes of ROUTES) routes(app, services);
  if (o.webRoot !== null) await registerWebApp(app, o.webRoot);
  return { app, services };
}
