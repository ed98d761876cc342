import type { KeyboardEvent } from 'react';

/**
 * Arrow keys move between the focusable rows of a table (`tr[tabindex]`); Enter opens the row.
 * Home and End jump to the first and last row.
 */
export function rowKeys(open: () => void) {
  return (e: KeyboardEvent<HTMLTableRowElement>): void => {
    const row = e.currentTarget;
    const rows = [...(row.parentElement?.querySelectorAll<HTMLTableRowElement>('tr[tabindex]') ?? [])];
    const i = rows.indexOf(row);
    const go = (j: number): void => {
      e.preventDefault();
      rows[Math.max(0, Math.min(rows.length - 1, j))]?.focus();
    };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(rows.length - 1);
    else if (e.key === 'Enter' && e.target === row) {
      e.preventDefault();
      open();
    }
  };
}
