import { useCallback, useEffect, useState } from 'react';
import type { Job, JobParams, JobResult } from '../../../src/core/job-types.ts';
import { api } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { PackageRequestFields, packageRequest } from '../components/package-request-fields.tsx';
import { Loading, Problem } from '../components/status.tsx';
import { count, utc } from '../format.ts';
import { useLiveEvents, type LiveEvent } from '../live-events.ts';

const STATUS_LABELS: Readonly<Record<Job['status'], string>> = {
  queued: 'Queued',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};

function what(p: JobParams): string {
  if (p.kind === 'ingest') return `Ingest ${p.path}`;
  if (p.kind === 'analyze') return 'Analysis';
  const where = p.countries === 'all' ? 'every country' : p.countries.join(', ');
  return `Packages for ${where}${p.override === undefined ? '' : ' (override)'}`;
}

function summary(r: JobResult): string {
  if (r.kind === 'ingest')
    return `${count(r.rows_stored)} rows stored from ${r.files} files; ${count(r.duplicates)} duplicates, ${count(r.rows_quarantined)} quarantined`;
  if (r.kind === 'analyze') {
    const secs = Object.values(r.seconds).reduce((a, b) => a + b, 0);
    return `${count(r.persons ?? 0)} persons, ${count(r.leads ?? 0)} leads (${count(r.urgent ?? 0)} urgent) in ${secs.toFixed(1)} s`;
  }
  return `${r.packages.length} packages: ${r.packages.map((p) => `${p.country} ${p.leads}`).join(', ')}`;
}

/** A progress bar with a known end, or a running count when the end is unknown. */
function JobProgressCell(props: { job: Job }) {
  const p = props.job.progress;
  if (props.job.status === 'queued') return <span className="muted">waiting for the job before it</span>;
  if (props.job.status !== 'running') return null;
  if (p === null) return <span className="muted">starting…</span>;
  const share = p.total === null ? null : Math.min(1, p.done / Math.max(1, p.total));
  return (
    <span className="job-progress">
      <span
        className={share === null ? 'bar bar-unknown' : 'bar'}
        role="progressbar"
        aria-label={`${what(props.job.params)}: ${p.phase}`}
        aria-valuemin={0}
        aria-valuemax={p.total ?? undefined}
        aria-valuenow={p.done}
      >
        <span
          className="bar-fill"
          style={{ width: share === null ? '100%' : `${Math.round(share * 100)}%` }}
        />
      </span>{' '}
      {p.phase}
      {p.total === null && p.done === 0
        ? '…'
        : ` · ${count(p.done)}${p.total === null ? '' : ` of ${count(p.total)}`} ${p.unit}`}
    </span>
  );
}

function StartForms(props: { me: Me; onStarted: (job: Job) => void }) {
  const admin = props.me.role === 'admin';
  const [path, setPath] = useState('');
  const [countries, setCountries] = useState(
    props.me.role === 'liaison' ? props.me.countries.join(',') : 'all',
  );
  const [override, setOverride] = useState('');
  const [problem, setProblem] = useState<Error | null>(null);
  const start = async (params: unknown): Promise<void> => {
    setProblem(null);
    try {
      props.onStarted(await api.post<Job>('/api/jobs', params));
    } catch (e) {
      setProblem(e instanceof Error ? e : new Error(String(e)));
    }
  };
  return (
    <div className="job-forms">
      {admin && (
        <form
          className="inline-form panel"
          aria-label="Ingest a bundle"
          onSubmit={(e) => {
            e.preventDefault();
            void start({ kind: 'ingest', path: path.trim() });
          }}
        >
          <h2>Ingest a bundle</h2>
          <label className="grow">
            Bundle folder on the server
            <input value={path} onChange={(e) => setPath(e.target.value)} placeholder="/data/seizure-2" />
          </label>
          <button type="submit" className="button-primary" disabled={path.trim() === ''}>
            Ingest
          </button>
        </form>
      )}
      {admin && (
        <form
          className="inline-form panel"
          aria-label="Run the analysis"
          onSubmit={(e) => {
            e.preventDefault();
            void start({ kind: 'analyze' });
          }}
        >
          <h2>Analysis</h2>
          <p className="grow">Features, linkage and assessment over everything ingested.</p>
          <button type="submit" className="button-primary">
            Run the analysis
          </button>
        </form>
      )}
      <form
        className="inline-form panel"
        aria-label="Build packages"
        onSubmit={(e) => {
          e.preventDefault();
          void start({ kind: 'package', ...packageRequest(countries, override) });
        }}
      >
        <h2>Packages</h2>
        <PackageRequestFields
          countries={countries}
          onCountries={setCountries}
          override={override}
          onOverride={setOverride}
          showOverride={admin}
        />
        <button type="submit" className="button-primary">
          Build packages
        </button>
      </form>
      {problem !== null && <Problem error={problem} />}
    </div>
  );
}

/** Ingest, analysis and package builds: start them, watch them run, see how they ended. */
export function JobsPage(props: { me: Me }) {
  const [jobs, setJobs] = useState<readonly Job[] | null>(null);
  const [problem, setProblem] = useState<Error | null>(null);
  const merge = useCallback((job: Job) => {
    setJobs((list) => {
      const rest = (list ?? []).filter((j) => j.id !== job.id);
      return [job, ...rest].sort((a, b) => b.id - a.id);
    });
  }, []);
  useEffect(() => {
    api
      .get<Job[]>('/api/jobs')
      .then(setJobs, (e: unknown) => setProblem(e instanceof Error ? e : new Error(String(e))));
  }, []);
  const onEvent = useCallback(
    (e: LiveEvent) => {
      if (e.type === 'job.updated') merge(e.data as Job);
    },
    [merge],
  );
  useLiveEvents(onEvent);
  const cancel = (id: number): void => {
    api
      .post<Job>(`/api/jobs/${id}/cancel`)
      .then(merge, (e: unknown) => setProblem(e instanceof Error ? e : new Error(String(e))));
  };

  return (
    <section className="page">
      <header className="page-head">
        <h1>Jobs</h1>
        <p className="muted">
          Ingest, analysis and package builds run on the server one at a time, in the order started; this page
          follows them live.
        </p>
      </header>
      <StartForms me={props.me} onStarted={merge} />
      {problem !== null && <Problem error={problem} />}
      {jobs === null && problem === null && <Loading />}
      {jobs !== null && jobs.length === 0 && <p className="muted">No jobs yet.</p>}
      {jobs !== null && jobs.length > 0 && (
        <table className="table job-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Job</th>
              <th scope="col">By</th>
              <th scope="col">Started</th>
              <th scope="col">Status</th>
              <th scope="col">Progress or outcome</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id} data-job={j.id} data-status={j.status}>
                <td className="num">{j.id}</td>
                <td>{what(j.params)}</td>
                <td>{j.user}</td>
                <td className="nowrap">{utc(j.started_at ?? j.created_at)}</td>
                <td>
                  <span className={`tag tag-job-${j.status}`}>{STATUS_LABELS[j.status]}</span>
                </td>
                <td>
                  <JobProgressCell job={j} />
                  {j.result !== null && <span>{summary(j.result)}</span>}
                  {j.error !== null && <span className="job-error">{j.error}</span>}
                </td>
                <td>
                  {(j.status === 'queued' || j.status === 'running') &&
                    (j.user === props.me.username || props.me.role === 'admin') && (
                      <button type="button" className="button-small" onClick={() => cancel(j.id)}>
                        Cancel
                      </button>
                    )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
