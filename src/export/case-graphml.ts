import type { AccountProfile, PersonAnalysis } from '../store/analysis.ts';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The case as a GraphML graph for Gephi, i2 or Maltego: persons and accounts as nodes; edges for
 * "uses" (person → account) and "chats with" (account ↔ account, weighted by messages).
 */
export function caseGraphml(persons: readonly PersonAnalysis[], profiles: readonly AccountProfile[]): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="role" for="node" attr.name="role" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="score" for="node" attr.name="score" attr.type="double"/>',
    '  <key id="lead" for="node" attr.name="lead" attr.type="boolean"/>',
    '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <graph id="case" edgedefault="undirected">',
  ];
  const accounts = new Set<string>();
  for (const p of [...persons].sort((a, b) => (a.person_id < b.person_id ? -1 : 1))) {
    lines.push(
      `    <node id="${esc(p.person_id)}"><data key="kind">person</data><data key="label">${esc(p.names[0] ?? p.person_id)}</data><data key="role">${p.role}</data><data key="country">${p.country ?? ''}</data><data key="score">${p.score}</data><data key="lead">${p.lead}</data></node>`,
    );
    for (const a of p.accounts) accounts.add(`${a.platform}:${a.handle}`);
  }
  for (const p of profiles) accounts.add(`${p.platform}:${p.handle}`);
  for (const a of [...accounts].sort())
    lines.push(
      `    <node id="acct:${esc(a)}"><data key="kind">account</data><data key="label">${esc(a)}</data></node>`,
    );
  let e = 0;
  for (const p of persons)
    for (const a of p.accounts)
      lines.push(
        `    <edge id="e${e++}" source="${esc(p.person_id)}" target="acct:${esc(`${a.platform}:${a.handle}`)}"><data key="relation">uses</data><data key="weight">1</data></edge>`,
      );
  for (const p of profiles) {
    const self = `${p.platform}:${p.handle}`;
    for (const [other, n] of Object.entries(p.partners).sort())
      if (self < other)
        lines.push(
          `    <edge id="e${e++}" source="acct:${esc(self)}" target="acct:${esc(other)}"><data key="relation">chats_with</data><data key="weight">${n}</data></edge>`,
        );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
