/**
 * A person's link graph as the API answers it (GET /api/persons/:id/graph). Types only, so the web
 * app shares them.
 */
export interface GraphNode {
  readonly id: string;
  readonly kind: 'person' | 'account' | 'receiver' | 'network';
  readonly label: string;
  readonly role?: string;
  readonly center?: boolean;
  /** A node with more neighbours than the graph shows: drawn, not expanded. */
  readonly collapsed?: boolean;
  readonly degree?: number;
  readonly country?: string | null;
  readonly person_id?: string;
  /** A seller's (or a network's) network: expanding it reaches the network's other buyers. */
  readonly network_id?: string;
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: 'owns' | 'chat' | 'paid' | 'member';
  readonly weight: number;
}

export interface PersonGraph {
  readonly center: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}
