import { useState } from 'react';
import type { NetworkMonth } from '../../../src/core/network-types.ts';
import { count } from '../format.ts';

const WIDTH = 720;
const HEIGHT = 200;
const PAD = { left: 56, right: 8, top: 10, bottom: 34 };

/** Every month from the first to the last, so quiet months show as gaps. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Money the network received by month, one currency at a time (the busiest first), as bars. */
export function NetworkMoneyChart(props: { months: readonly NetworkMonth[] }) {
  const byCurrency = new Map<string, number>();
  for (const m of props.months) byCurrency.set(m.currency, (byCurrency.get(m.currency) ?? 0) + m.transfers);
  const currencies = [...byCurrency].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const [picked, setPicked] = useState<string | null>(null);
  const currency = picked ?? currencies[0];
  if (currency === undefined) return <p className="muted">No transfers to this network.</p>;
  const rows = props.months.filter((m) => m.currency === currency);
  const amount = new Map(rows.map((m) => [m.month, m]));
  const sorted = rows.map((m) => m.month).sort();
  const months = monthsBetween(sorted[0]!, sorted.at(-1)!);
  const max = Math.max(1, ...rows.map((m) => m.amount));
  const w = (WIDTH - PAD.left - PAD.right) / months.length;
  const h = HEIGHT - PAD.top - PAD.bottom;
  const total = rows.reduce((n, m) => n + m.amount, 0);
  const yearStarts = months.map((m, i) => [m, i] as const).filter(([m], i) => i === 0 || m.endsWith('-01'));
  return (
    <figure className="money-chart">
      {currencies.length > 1 && (
        <p className="small">
          Currency{' '}
          {currencies.map((c) => (
            <button
              key={c}
              type="button"
              aria-pressed={c === currency}
              style={{ fontWeight: c === currency ? 700 : 400, marginLeft: '0.25rem' }}
              onClick={() => setPicked(c)}
            >
              {c}
            </button>
          ))}
        </p>
      )}
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Money received by month in ${currency}`}
        style={{ width: '100%', maxWidth: `${WIDTH}px` }}
      >
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top + h} y2={PAD.top + h} stroke="#9aa5b1" />
        <text x={PAD.left - 6} y={PAD.top + 8} fontSize="11" textAnchor="end" fill="#52606d">
          {count(Math.round(max))}
        </text>
        <text x={PAD.left - 6} y={PAD.top + h} fontSize="11" textAnchor="end" fill="#52606d">
          0
        </text>
        {months.map((m, i) => {
          const v = amount.get(m);
          const bh = v === undefined ? 0 : Math.max(1, (v.amount / max) * h);
          return (
            <rect
              key={m}
              x={PAD.left + i * w + 0.5}
              y={PAD.top + h - bh}
              width={Math.max(1, w - 1)}
              height={bh}
              fill="#5a8bb0"
            >
              <title>{`${m}: ${v === undefined ? 0 : v.amount.toFixed(2)} ${currency} in ${v?.transfers ?? 0} transfers`}</title>
            </rect>
          );
        })}
        {yearStarts.map(([m, i]) => (
          <text key={m} x={PAD.left + i * w} y={HEIGHT - 12} fontSize="11" fill="#52606d">
            {m.endsWith('-01') ? m.slice(0, 4) : m}
          </text>
        ))}
      </svg>
      <figcaption className="small muted">
        {count(Math.round(total))} {currency} in {count(rows.reduce((n, m) => n + m.transfers, 0))} transfers,{' '}
        {sorted[0]} to {sorted.at(-1)}
      </figcaption>
    </figure>
  );
}
