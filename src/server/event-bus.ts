/**
 * The in-process bus behind `/api/events`. Anything on the server publishes; each connected browser
 * receives what its user may see (AccessService.mayReceive decides by `audience`).
 *
 *   bus.publish({ type: 'lead.updated', data: { lead_id, version }, audience: { countries: ['DE'] } });
 */
export type Audience =
  /** Every signed-in user, liaisons included: only for events that reveal nothing about a case. */
  | 'everyone'
  /** Admins and analysts. */
  | 'staff'
  /** Staff, and liaisons for any of these countries. */
  | { readonly countries: readonly string[] };

export interface ServerEvent {
  /** e.g. `lead.updated`, `job.progress`, `ingest.finished`. */
  readonly type: string;
  readonly data: unknown;
  readonly audience: Audience;
}

export type Listener = (event: ServerEvent & { readonly id: number }) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();
  private nextId = 1;

  publish(event: ServerEvent): void {
    const e = { ...event, id: this.nextId++ };
    for (const l of this.listeners) {
      try {
        l(e);
      } catch {
        // A failing listener (a closed connection) must not stop the others.
      }
    }
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }
}
