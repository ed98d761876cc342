import { basename } from 'node:path';
import { analyze, STAGES } from '../../analysis/stages/analyze.ts';
import { VigilError } from '../../core/errors.ts';
import type { JobParams, JobProgress, JobResult } from '../../core/job-types.ts';
import type { PackageBuild } from '../../core/package-types.ts';
import { ingest } from '../../ingest/ingest.ts';
import type { Store } from '../../store/store.ts';
import { writePackageBuild } from '../package-build.ts';

/** What a job needs beyond its parameters. */
export interface JobContext {
  /** Who started it (package builds record it). */
  readonly user: string;
  /** Where package builds go, and the signing key folder. */
  readonly packagesDir: string;
  readonly keyDir: string;
}

export interface JobOutcome {
  readonly result: JobResult;
  /** A package job's build, for the server to audit and list. */
  readonly build?: PackageBuild;
}

/** Analysis steps as `analyze` names them, the case facts between features and linkage. */
const ANALYSIS_STEPS = ['features', 'facts', 'linkage', 'assess'];

/**
 * The work of one job: the same stage functions `vigil ingest`, `vigil analyze` and `vigil package`
 * call, reporting progress as it goes. Runs in the job process (job-process.ts), never the server's.
 */
export async function runJobWork(
  store: Store,
  params: JobParams,
  ctx: JobContext,
  report: (p: JobProgress) => void,
): Promise<JobOutcome> {
  switch (params.kind) {
    case 'ingest': {
      const perFile = new Map<string, number>();
      let rows = 0;
      const r = await ingest(store, [params.path], {
        onProgress: (file, read) => {
          rows += read - (perFile.get(file) ?? 0);
          perFile.set(file, read);
          report({ phase: basename(file), done: rows, total: null, unit: 'rows' });
        },
      });
      const failed = r.files.filter((f) => f.error !== null);
      if (failed.length > 0)
        throw new VigilError(
          `${failed.length} of ${r.files.length} files could not be read; the first: ${failed[0]!.error}`,
        );
      return {
        result: {
          kind: 'ingest',
          files: r.files.length,
          ...r.totals,
          skipped_files: r.skipped_files.length,
        },
      };
    }
    case 'analyze': {
      const r = await analyze(store, STAGES, (stage) =>
        report({
          phase: stage,
          done: Math.max(0, ANALYSIS_STEPS.indexOf(stage)),
          total: ANALYSIS_STEPS.length,
          unit: 'steps',
        }),
      );
      return {
        result: {
          kind: 'analyze',
          persons: r.linkage?.persons ?? null,
          leads: r.assess?.leads ?? null,
          urgent: r.assess?.urgent ?? null,
          seconds: r.seconds,
        },
      };
    }
    case 'package': {
      const build = await writePackageBuild(store, {
        countries: params.countries,
        ...(params.override === undefined ? {} : { override: params.override }),
        user: ctx.user,
        dir: ctx.packagesDir,
        keyDir: ctx.keyDir,
        onStep: (step, packages) =>
          report({
            phase: step === 'reading' ? 'reading the leads' : `signing ${packages} packages`,
            done: step === 'reading' ? 0 : 1,
            total: 2,
            unit: 'steps',
          }),
      });
      return {
        result: {
          kind: 'package',
          build: build.id,
          packages: build.packages.map((p) => ({ country: p.country, leads: p.leads.length })),
        },
        build,
      };
    }
  }
}
