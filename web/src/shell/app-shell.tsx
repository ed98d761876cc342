import { useEffect, useRef, type ReactNode } from 'react';
import type { Me } from '../api/types.ts';
import { Link } from '../components/link.tsx';
import { useLiveEvents } from '../live-events.ts';
import { navigate } from '../router.ts';
import { isActive, NAV_ITEMS } from './nav-items.ts';

const typing = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Navigation, who is signed in, the live-update indicator, and the page. */
export function AppShell(props: { me: Me; path: string; onLogout: () => void; children: ReactNode }) {
  const items = NAV_ITEMS.filter((i) => i.roles.includes(props.me.role));
  const live = useLiveEvents();
  const main = useRef<HTMLElement>(null);
  const pendingG = useRef(false);

  // Keyboard: "/" jumps to search; "g" then a letter goes to a screen (g s = search, g d = dashboard).
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (typing(e.target) || e.metaKey || e.ctrlKey || e.altKey) return;
      if (e.key === '/') {
        e.preventDefault();
        const box = document.getElementById('search-input');
        if (box !== null) box.focus();
        else navigate('/search');
        return;
      }
      if (pendingG.current) {
        pendingG.current = false;
        const item = items.find((i) => i.key === e.key);
        if (item !== undefined) navigate(item.path);
        return;
      }
      if (e.key === 'g') pendingG.current = true;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items]);

  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [props.path]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <img src="/favicon.svg" alt="" width="22" height="22" />
          <span>Vigil</span>
        </div>
        <ul>
          {items.map((i) => (
            <li key={i.path}>
              <Link
                to={i.path}
                className={isActive(i, props.path) ? 'nav-link active' : 'nav-link'}
                aria-current={isActive(i, props.path) ? 'page' : undefined}
                title={`g ${i.key}`}
              >
                {i.label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          <div className="who">
            <strong>{props.me.username}</strong>
            <span>
              {props.me.role}
              {props.me.countries.length > 0 && ` · ${props.me.countries.join(', ')}`}
            </span>
          </div>
          <div className={live.connected ? 'live on' : 'live'} role="status" title="Live updates">
            <span className="dot" aria-hidden="true" />
            {live.connected ? 'Live' : 'Offline'}
          </div>
          <button type="button" className="button-quiet" onClick={props.onLogout}>
            Sign out
          </button>
        </div>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        {props.children}
      </main>
    </div>
  );
}
