import { useState } from 'react';
import { api } from '../api/client.ts';
import type { PackageBuild, VerifyResult } from '../api/lead-types.ts';
import type { Me } from '../api/types.ts';
import { PackageRequestFields, packageRequest } from '../components/package-request-fields.tsx';
import { Loading, Problem } from '../components/status.tsx';
import { utc } from '../format.ts';
import { useApi } from '../use-api.ts';

/** Signed information packages: build (admins), list, verify, download. */
export function PackagesPage(props: { me: Me }) {
  const admin = props.me.role === 'admin';
  const [tick, setTick] = useState(0);
  const [countries, setCountries] = useState('all');
  const [override, setOverride] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Error | null>(null);
  const [checks, setChecks] = useState<Record<string, VerifyResult>>({});
  const builds = useApi(`packages#${tick}`, () => api.get<PackageBuild[]>('/api/packages'));

  const build = async (): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      await api.post('/api/packages', packageRequest(countries, override));
      setTick((t) => t + 1);
    } catch (e) {
      setProblem(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  const verify = async (b: string, f: string): Promise<void> => {
    try {
      const r = await api.post<VerifyResult>(`/api/packages/${b}/${f}/verify`);
      setChecks((c) => ({ ...c, [`${b}/${f}`]: r }));
    } catch (e) {
      setProblem(e instanceof Error ? e : new Error(String(e)));
    }
  };

  return (
    <section className="page">
      <header className="page-head">
        <h1>Packages</h1>
        <p className="muted">
          One signed folder per country: report, entities, CSV, manifest. Only leads approved for
          dissemination are included, unless an override reason is given (it is written into the manifest).
        </p>
      </header>
      {admin && (
        <form
          className="inline-form panel package-form"
          onSubmit={(e) => {
            e.preventDefault();
            void build();
          }}
        >
          <PackageRequestFields
            countries={countries}
            onCountries={setCountries}
            override={override}
            onOverride={setOverride}
            showOverride
          />
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? 'Building…' : 'Build packages'}
          </button>
        </form>
      )}
      {problem !== null && <Problem error={problem} />}
      {builds.state === 'loading' && <Loading />}
      {builds.state === 'error' && <Problem error={builds.error} />}
      {builds.state === 'ok' && builds.data.length === 0 && <p className="muted">No packages built yet.</p>}
      {builds.state === 'ok' && builds.data.length > 0 && (
        <table className="table package-table">
          <thead>
            <tr>
              <th scope="col">Built</th>
              <th scope="col">Country</th>
              <th scope="col" className="num">
                Leads
              </th>
              <th scope="col">Manifest</th>
              <th scope="col">By</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {builds.data.flatMap((b) =>
              b.packages.map((p) => {
                const check = checks[`${b.id}/${p.folder}`];
                return (
                  <tr key={`${b.id}/${p.folder}`}>
                    <td className="nowrap">{utc(b.at)}</td>
                    <td>
                      {p.country}
                      {b.override !== null && (
                        <span className="tag tag-urgent" title={b.override}>
                          override
                        </span>
                      )}
                    </td>
                    <td className="num">{p.leads.length}</td>
                    <td className="mono">{p.manifest_sha256.slice(0, 16)}…</td>
                    <td>{b.user}</td>
                    <td className="nowrap">
                      {admin && (
                        <button
                          type="button"
                          className="button-small"
                          onClick={() => void verify(b.id, p.folder)}
                        >
                          Verify
                        </button>
                      )}{' '}
                      <a
                        className="button-small button-link-like"
                        href={`/api/packages/${b.id}/${p.folder}/download`}
                        download
                      >
                        Download
                      </a>
                      {check !== undefined && (
                        <span className={check.ok ? 'verify-ok' : 'verify-bad'} role="status">
                          {' '}
                          {check.ok
                            ? `Signature and ${check.files} files intact`
                            : check.problems.map((x) => `${x.file}: ${x.problem}`).join('; ')}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
