/** Times are shown in UTC, as the records store them, so colleagues in twelve zones see the same. */
export function utc(iso: string | number): string {
  const d = new Date(iso);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** To the second, for the audit log. */
export function utcSeconds(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function day(ms: number | null): string {
  return ms === null ? '—' : new Date(ms).toISOString().slice(0, 10);
}

export const count = (n: number): string => n.toLocaleString('en-GB');
