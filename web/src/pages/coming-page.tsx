/** A screen whose data the analysis stages have not produced yet. */
const TEXT: Readonly<Record<string, { title: string; body: string }>> = {
  '/leads': {
    title: 'Leads',
    body: 'The ranked queue of scored persons — with status, assignee and country filters — appears here once the analysis has run.',
  },
  '/graph': {
    title: 'Link graph',
    body: 'Persons, accounts, sellers and payments as a graph appear here once persons are resolved.',
  },
  '/packages': {
    title: 'Packages',
    body: 'Information packages per country — build, review, download and verify — appear here once leads are approved.',
  },
  '/jobs': {
    title: 'Jobs',
    body: 'Ingest, analysis and package builds started from here will show their live progress.',
  },
};

export function ComingPage(props: { path: string }) {
  const t = TEXT[props.path] ?? { title: 'Not found', body: 'There is no such screen.' };
  return (
    <section className="page">
      <header className="page-head">
        <h1>{t.title}</h1>
      </header>
      <div className="notice">
        <p>{t.body}</p>
      </div>
    </section>
  );
}
