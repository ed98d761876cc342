import type { Role } from '../api/types.ts';

export interface NavItem {
  readonly path: string;
  readonly label: string;
  /** Roles that see the item; the server enforces the same rules whatever the menu shows. */
  readonly roles: readonly Role[];
  /** The key after `g` that jumps here (g d = dashboard, ...). */
  readonly key: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'Dashboard', roles: ['admin', 'analyst', 'liaison'], key: 'd' },
  { path: '/leads', label: 'Leads', roles: ['admin', 'analyst', 'liaison'], key: 'l' },
  { path: '/search', label: 'Search', roles: ['admin', 'analyst', 'liaison'], key: 's' },
  { path: '/conversations', label: 'Conversations', roles: ['admin', 'analyst', 'liaison'], key: 'c' },
  { path: '/graph', label: 'Graph', roles: ['admin', 'analyst'], key: 'g' },
  { path: '/packages', label: 'Packages', roles: ['admin', 'analyst', 'liaison'], key: 'p' },
  { path: '/networks', label: 'Networks', roles: ['admin', 'analyst', 'liaison'], key: 'n' },
  { path: '/changes', label: 'Changes', roles: ['admin', 'analyst', 'liaison'], key: 'h' },
  { path: '/jobs', label: 'Jobs', roles: ['admin', 'analyst', 'liaison'], key: 'j' },
  { path: '/audit', label: 'Audit', roles: ['admin'], key: 'a' },
];

export function isActive(item: NavItem, path: string): boolean {
  return item.path === '/' ? path === '/' : path === item.path || path.startsWith(`${item.path}/`);
}
