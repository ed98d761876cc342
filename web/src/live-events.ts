import { useEffect, useState } from 'react';

export interface LiveEvent {
  readonly type: string;
  readonly data: unknown;
  readonly at: Date;
}

/**
 * Subscribes to /api/events; returns whether the stream is open and the last event. The server sends
 * every event as one unnamed message whose data is `{type, data}` (src/server/events.routes.ts).
 */
export function useLiveEvents(onEvent?: (e: LiveEvent) => void): {
  connected: boolean;
  last: LiveEvent | null;
} {
  const [connected, setConnected] = useState(false);
  const [last, setLast] = useState<LiveEvent | null>(null);
  useEffect(() => {
    const source = new EventSource('/api/events');
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.onmessage = (m: MessageEvent<string>) => {
      const { type, data } = JSON.parse(m.data) as { type: string; data: unknown };
      const e: LiveEvent = { type, data, at: new Date() };
      if (type !== 'hello') setLast(e);
      onEvent?.(e);
    };
    return () => source.close();
  }, [onEvent]);
  return { connected, last };
}
