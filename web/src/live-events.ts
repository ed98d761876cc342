import { useEffect, useState } from 'react';

export interface LiveEvent {
  readonly type: string;
  readonly data: unknown;
  readonly at: Date;
}

/** Subscribes to /api/events; returns whether the stream is open and the last event. */
export function useLiveEvents(onEvent?: (e: LiveEvent) => void): {
  connected: boolean;
  last: LiveEvent | null;
} {
  const [connected, setConnected] = useState(false);
  const [last, setLast] = useState<LiveEvent | null>(null);
  useEffect(() => {
    const source = new EventSource('/api/events');
    const handle = (type: string) => (m: MessageEvent<string>) => {
      const e: LiveEvent = { type, data: JSON.parse(m.data) as unknown, at: new Date() };
      if (type !== 'hello') setLast(e);
      onEvent?.(e);
    };
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    // Named events arrive only to listeners for their name; the bus's types are open-ended, so the
    // known ones are listed here and the rest arrive as plain messages.
    for (const type of [
      'hello',
      'lead.updated',
      'job.progress',
      'job.finished',
      'ingest.finished',
      'analysis.finished',
    ])
      source.addEventListener(type, handle(type) as EventListener);
    source.onmessage = handle('message');
    return () => source.close();
  }, [onEvent]);
  return { connected, last };
}
