import { stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { VigilError } from '../../core/errors.ts';
import type { Job, JobParams } from '../../core/job-types.ts';
import type { User } from '../../store/users.ts';
import { parseInput } from '../parse-input.ts';
import type { Services } from '../services.ts';

export const JobInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ingest'), path: z.string().trim().min(1).max(4096) }),
  z.object({ kind: z.literal('analyze') }),
  z.object({
    kind: z.literal('package'),
    countries: z.union([z.literal('all'), z.array(z.string().trim().toUpperCase().length(2)).min(1).max(50)]),
    override: z.string().trim().min(5).max(1000).optional(),
  }),
]);

function runner(s: Services) {
  if (s.jobs === null)
    throw new VigilError('This server runs no jobs (it was started without a case folder).', 422, 'no_jobs');
  return s.jobs;
}

/** Staff see every job; a liaison only package jobs wholly for their countries. */
function maySee(s: Services, user: User, job: Job): boolean {
  if (user.role !== 'liaison') return true;
  return job.countries !== null && job.countries.every((c) => s.access.mayReadAttributed(user, [c]));
}

async function checkBundle(path: string): Promise<void> {
  if (!isAbsolute(path))
    throw new VigilError(`Give the bundle's full path on the server (starting with /), not "${path}".`);
  const info = await stat(path).catch(() => null);
  if (info === null) throw new VigilError(`There is no folder ${path} on the server.`, 422, 'no_such_path');
  if (!info.isDirectory())
    throw new VigilError(`${path} is a file, not a folder: give the bundle's folder.`, 422, 'not_a_folder');
}

/**
 * The countries a package job is for. Staff may build any (an override needs packages.manage);
 * a liaison only their own countries' packages, and never with an override.
 */
function packageCountries(
  s: Services,
  user: User,
  p: Extract<JobParams, { kind: 'package' }>,
): readonly string[] | null {
  if (user.role === 'liaison') {
    if (p.override !== undefined)
      throw new VigilError('Only an admin may package leads that are not approved.', 403, 'forbidden');
    const asked = p.countries === 'all' ? user.countries : p.countries;
    const outside = asked.filter((c) => !user.countries.includes(c));
    if (outside.length > 0)
      throw new VigilError(
        `You may build packages only for your countries (${user.countries.join(', ')}), not ${outside.join(', ')}.`,
        403,
        'need_to_know',
      );
    return asked;
  }
  s.access.require(user, p.override === undefined ? 'packages.build' : 'packages.manage');
  return p.countries === 'all' ? null : p.countries;
}

/** POST /api/jobs: admins start ingest and analysis; staff and liaisons (their countries) packages. */
export async function startJob(s: Services, user: User, input: unknown): Promise<Job> {
  const params = parseInput(JobInput, input) as JobParams;
  let countries: readonly string[] | null = null;
  if (params.kind === 'package') countries = packageCountries(s, user, params);
  else s.access.require(user, 'jobs.run');
  if (params.kind === 'ingest') await checkBundle(params.path);
  const job = await runner(s).submit(params, user.username, countries);
  await s.audit.record(user.username, 'job.start', `job:${job.id}`, { ...params });
  return job;
}

/** GET /api/jobs: the newest 100 jobs this user may see. */
export async function listJobs(s: Services, user: User): Promise<readonly Job[]> {
  s.access.require(user, 'leads.read');
  const jobs = await s.store.jobs.list(100);
  return jobs.filter((j) => maySee(s, user, j));
}

export async function jobById(s: Services, user: User, id: number): Promise<Job> {
  s.access.require(user, 'leads.read');
  const job = await s.store.jobs.byId(id);
  if (job === undefined || !maySee(s, user, job))
    throw new VigilError(`There is no job ${id}.`, 404, 'not_found');
  return job;
}

/** POST /api/jobs/:id/cancel: the user who started it, or an admin. */
export async function cancelJob(s: Services, user: User, id: number): Promise<Job> {
  const job = await jobById(s, user, id);
  if (job.user !== user.username && user.role !== 'admin')
    throw new VigilError(`Only ${job.user} or an admin may cancel this job.`, 403, 'forbidden');
  if (!(await runner(s).cancel(id)))
    throw new VigilError(`Job ${id} has already finished (${job.status}).`, 409, 'finished');
  await s.audit.record(user.username, 'job.cancel', `job:${id}`, { kind: job.kind });
  return (await s.store.jobs.byId(id))!;
}
