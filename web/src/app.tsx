import { useEffect, useState } from 'react';
import { api, whenSignedOut } from './api/client.ts';
import type { Me } from './api/types.ts';
import { Loading } from './components/status.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { ComingPage } from './pages/coming-page.tsx';
import { ConversationPage } from './pages/conversation-page.tsx';
import { ConversationsPage } from './pages/conversations-page.tsx';
import { DashboardPage } from './pages/dashboard-page.tsx';
import { GraphPage } from './pages/graph-page.tsx';
import { JobsPage } from './pages/jobs-page.tsx';
import { NetworksPage } from './pages/networks-page.tsx';
import { ChangesPage } from './pages/changes-page.tsx';
import { LeadsPage } from './pages/leads-page.tsx';
import { PackagesPage } from './pages/packages-page.tsx';
import { PersonPage } from './pages/person-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { SearchPage } from './pages/search-page.tsx';
import { forgetRecent } from './recent.ts';
import { match, useLocation, type Location } from './router.ts';
import { AppShell } from './shell/app-shell.tsx';

function Page(props: { me: Me; location: Location }) {
  const { path } = props.location;
  if (path === '/') return <DashboardPage me={props.me} />;
  if (path === '/search') return <SearchPage location={props.location} />;
  if (path === '/conversations') return <ConversationsPage />;
  const conv = match('/conversations/:platform/:messageId', path);
  if (conv !== null)
    return (
      <ConversationPage
        platform={conv.platform!}
        messageId={conv.messageId!}
        query={props.location.query.get('q') ?? ''}
      />
    );
  if (path === '/audit') return <AuditPage />;
  if (path === '/leads') return <LeadsPage me={props.me} location={props.location} />;
  const lead = match('/leads/:id', path) ?? match('/persons/:id', path);
  if (lead !== null)
    return <PersonPage key={path} me={props.me} id={lead.id!} asLead={path.startsWith('/leads/')} />;
  if (path === '/graph') return <GraphPage location={props.location} />;
  if (path === '/packages') return <PackagesPage me={props.me} />;
  if (path === '/jobs') return <JobsPage me={props.me} />;
  if (path === '/networks') return <NetworksPage />;
  const network = match('/networks/:id', path);
  if (network !== null) return <NetworksPage key={path} id={network.id} />;
  if (path === '/changes') return <ChangesPage location={props.location} />;
  return <ComingPage path={path} />;
}

const TITLES: Readonly<Record<string, string>> = {
  '/': 'Dashboard',
  '/search': 'Search',
  '/conversations': 'Conversations',
  '/audit': 'Audit',
  '/leads': 'Leads',
  '/graph': 'Graph',
  '/packages': 'Packages',
  '/jobs': 'Jobs',
  '/networks': 'Networks',
  '/changes': 'Changes',
};

export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const location = useLocation();

  useEffect(() => {
    whenSignedOut(() => setMe(null));
    api.get<{ user: Me | null }>('/api/auth/me').then(
      (r) => setMe(r.user),
      () => setMe(null),
    );
  }, []);

  useEffect(() => {
    const section =
      TITLES[location.path] ??
      (location.path.startsWith('/conversations/')
        ? 'Conversation'
        : location.path.startsWith('/leads/') || location.path.startsWith('/persons/')
          ? 'Profile'
          : 'Vigil');
    document.title = me === null ? 'Sign in · Vigil' : `${section} · Vigil`;
  }, [location.path, me]);

  const logout = (): void => {
    void api.post('/api/auth/logout').finally(() => {
      forgetRecent();
      setMe(null);
    });
  };

  if (me === undefined) return <Loading />;
  if (me === null) return <LoginPage onSignedIn={setMe} />;
  return (
    <AppShell me={me} path={location.path} onLogout={logout}>
      <Page me={me} location={location} />
    </AppShell>
  );
}
