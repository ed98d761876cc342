import { contentId } from '../../core/hash.ts';
import { byText } from '../canonical-input.ts';
import type { Markings } from '../package-input.ts';

/** Vigil's extension of an FtM entity (docs/package-format.md): what FollowTheMoney has no property for. */
export interface VigilExtension {
  /** The strictest markings of the package items this entity came from. */
  markings?: Markings;
  [key: string]: unknown;
}

/** A FollowTheMoney entity as written to entities.json, plus the `vigil` extension key. */
export interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly properties: Record<string, string[]>;
  vigil?: VigilExtension;
}

/** An id derived from content, never random: the same fact gets the same id in every package. */
export function ftmId(schema: string, parts: readonly (string | number | null)[]): string {
  return `${schema.toLowerCase()}-${contentId([schema, ...parts], 24)}`;
}

/**
 * Entities keyed by id. Adding an id twice merges: property values are sets (as in FtM), the
 * extension keeps the first value per key, markings become the stricter of the two.
 */
export class EntitySet {
  private readonly byId = new Map<string, FtmEntity>();

  constructor(private readonly stricter: (a: Markings, b: Markings) => Markings) {}

  add(
    schema: string,
    id: string,
    properties: Record<string, readonly (string | null | undefined)[]>,
    vigil?: VigilExtension,
  ): string {
    const existing = this.byId.get(id) ?? { id, schema, properties: {} };
    if (existing.schema !== schema) throw new Error(`entity ${id} added as ${existing.schema} and ${schema}`);
    for (const [prop, values] of Object.entries(properties)) {
      const clean = values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
      if (clean.length === 0) continue;
      existing.properties[prop] = [...new Set([...(existing.properties[prop] ?? []), ...clean])];
    }
    if (vigil !== undefined) {
      const merged: VigilExtension = { ...vigil, ...existing.vigil };
      if (vigil.markings && existing.vigil?.markings)
        merged.markings = this.stricter(vigil.markings, existing.vigil.markings);
      existing.vigil = merged;
    }
    this.byId.set(id, existing);
    return id;
  }

  /** Entities sorted by id, property names and values sorted: byte-stable output. */
  sorted(): FtmEntity[] {
    return [...this.byId.values()]
      .sort((a, b) => byText(a.id, b.id))
      .map((e) => {
        const properties: Record<string, string[]> = {};
        for (const k of Object.keys(e.properties).sort(byText))
          properties[k] = [...(e.properties[k] ?? [])].sort(byText);
        return e.vigil === undefined
          ? { id: e.id, schema: e.schema, properties }
          : { id: e.id, schema: e.schema, properties, vigil: e.vigil };
      });
  }
}
