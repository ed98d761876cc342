/**
 * Identifier extraction throughput: `npx tsx src/analysis/identifiers/throughput.bench.ts [N]`.
 * Synthetic neutral chat lines, a mix of plain talk and lines carrying identifiers.
 */
import { extractIdentifiers } from './extract-identifiers.ts';

const LINES = [
  'hello how are you',
  'are you online now?',
  'ok wait 5 min',
  'good morning, did you eat already',
  'I sent 50 usd, mtcn 123-456-7890',
  'my skype: dave_1980',
  'text me 0917 123 4567',
  'flying to Manila on 12 March',
  'how much for today',
  'ok thanks see you tomorrow',
  'mail me at someone@example.com',
  'what time tonight? I am ready at 9',
  'sent via remitly ref AB12C3456789',
  'hahaha ok',
  'send to GB82 WEST 1234 5698 7654 32',
];

const n = Number(process.argv[2] ?? 200_000);
const sentAt = Date.parse('2019-02-20T10:00:00Z');
let found = 0;
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  found += extractIdentifiers(LINES[i % LINES.length]!, { senderCountry: 'PH', sentAt }).length;
}
const s = (performance.now() - t0) / 1000;
console.log(
  `${n} messages in ${s.toFixed(2)} s: ${Math.round(n / s)} msg/s, ${found} hits; 10M messages ≈ ${((10_000_000 / n) * s).toFixed(0)} s`,
);
