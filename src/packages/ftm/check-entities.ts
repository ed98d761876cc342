import { isIP } from 'node:net';
import { Model, defaultModel } from '@alephdata/followthemoney';
import type { Property, Schema } from '@alephdata/followthemoney';
import type { FtmEntity } from './entity-set.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

let model: Model | undefined;

/** The FollowTheMoney schema model bundled with @alephdata/followthemoney. */
export function ftmModel(): Model {
  model ??= new Model(defaultModel);
  return model;
}

/**
 * Checks entities against the FtM model: known, non-abstract schemata; properties the schema
 * has (and that are not reverse stubs); required properties present; values of the right type
 * and length; entity references that resolve inside the set to a schema the property accepts.
 * Returns one line per problem; empty means valid.
 */
export function checkEntities(entities: readonly FtmEntity[]): string[] {
  const m = ftmModel();
  const problems: string[] = [];
  const schemaOf = new Map(entities.map((e) => [e.id, e.schema]));
  // Schema.getProperty walks the inheritance chain on every call; look each schema up once.
  const propsOf = new Map<string, Map<string, Property>>();
  const isA = new Map<string, boolean>();
  const fits = (target: string, range: Schema): boolean => {
    const k = `${target}\u0000${range.name}`;
    let v = isA.get(k);
    if (v === undefined) isA.set(k, (v = m.getSchema(target).isA(range)));
    return v;
  };
  for (const e of entities) {
    if (m.schemata[e.schema] === undefined) {
      problems.push(`${e.id}: unknown schema ${e.schema}`);
      continue;
    }
    const schema = m.getSchema(e.schema);
    let props = propsOf.get(e.schema);
    if (props === undefined) propsOf.set(e.schema, (props = schema.getProperties()));
    if (schema.abstract) problems.push(`${e.id}: schema ${e.schema} is abstract`);
    for (const req of schema.required) {
      if ((e.properties[req] ?? []).length === 0) problems.push(`${e.id}: ${e.schema} requires ${req}`);
    }
    for (const [name, values] of Object.entries(e.properties)) {
      const prop = props.get(name);
      if (prop === undefined) {
        problems.push(`${e.id}: ${e.schema} has no property ${name}`);
        continue;
      }
      if (prop.stub) problems.push(`${e.id}: ${name} is a reverse property; set it on the other side`);
      const type = prop.type.name;
      for (const v of values) {
        if (v.length > prop.maxLength) problems.push(`${e.id}: ${name} longer than ${prop.maxLength}`);
        if (type === 'date' && !DATE.test(v)) problems.push(`${e.id}: ${name} '${v}' is not an FtM date`);
        if (type === 'number' && !NUMBER.test(v)) problems.push(`${e.id}: ${name} '${v}' is not a number`);
        if (type === 'ip' && isIP(v) === 0) problems.push(`${e.id}: ${name} '${v}' is not an IP address`);
        if (type === 'country' && !prop.type.values.has(v))
          problems.push(`${e.id}: ${name} '${v}' is not an FtM country`);
        if (type === 'entity') {
          const target = schemaOf.get(v);
          const range = prop.getRange();
          if (target === undefined) problems.push(`${e.id}: ${name} points at ${v}, which is not in the set`);
          else if (!fits(target, range))
            problems.push(`${e.id}: ${name} points at a ${target}, not a ${range.name}`);
        }
      }
    }
  }
  return problems;
}
