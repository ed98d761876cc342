/** ISO 8601 UTC with a 'Z' (milliseconds only when present): the one time format in packages. */
export function utcIso(ms: number): string {
  const s = new Date(ms).toISOString();
  return s.endsWith('.000Z') ? `${s.slice(0, -5)}Z` : s;
}

/** The same instant for people: '2023-01-09 20:15:00 UTC'. */
export function utcText(ms: number): string {
  return `${utcIso(ms).replace('T', ' ').replace('Z', '')} UTC`;
}

/** FollowTheMoney dates are UTC without a zone designator: '2023-01-09T20:15:00'. */
export function ftmDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}
