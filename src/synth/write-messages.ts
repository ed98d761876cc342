/**
 * messages-NN.csv: conversation by conversation, each part ending at a conversation boundary once
 * it holds `messagesPerPart` rows; seller broadcasts (one message to many customers) go last.
 * Row spelling per platform is in message-rows.ts.
 */
import { join } from 'node:path';
import { invalidUtf8Line, unbalancedLine, type BadRowPlanter } from './bad-rows.ts';
import { chatBroadcasts } from './broadcasts.ts';
import type { BadRowMaker, BadRowReason } from './bad-rows.ts';
import { conversationMessages, type ChatMessage } from './chat.ts';
import { CsvFile } from './csv.ts';
import { conversationId, formatRow, MESSAGE_COLUMNS, messageId } from './message-rows.ts';
import { Rng } from './prng.ts';
import type { ScaleParams } from './scale.ts';
import type { Account, Conversation, World } from './world-types.ts';

export interface MessageFiles {
  readonly files: { name: string; rows: number }[];
}

export async function writeMessages(
  dir: string,
  world: World,
  params: ScaleParams,
  planter: BadRowPlanter,
): Promise<MessageFiles> {
  const files: { name: string; rows: number }[] = [];
  let part = 0;
  let file: CsvFile | null = null;
  let name = '';
  const total = world.conversations.reduce((a, c) => a + c.size, 0);
  const open = (): CsvFile => {
    part++;
    name = `messages-${String(part).padStart(2, '0')}.csv`;
    const f = new CsvFile(join(dir, name), MESSAGE_COLUMNS);
    planter.schedule(
      f,
      Math.min(params.messagesPerPart, total - (part - 1) * params.messagesPerPart),
      badMessageRows(world),
    );
    return f;
  };
  const close = async (f: CsvFile, last: boolean): Promise<void> => {
    planter.finish(
      f,
      name,
      last
        ? (n) =>
            unbalancedLine(
              [`bad-${n}`, 'skype', '', '2020-01-01T00:00:00Z', 'live:unknown', 'live:other'],
              'hello, see you',
            )
        : null,
    );
    files.push({ name, rows: f.rows });
    await f.close();
  };
  for (const conv of world.conversations) {
    file ??= open();
    writeConversation(file, conv, world.seed);
    planter.tick(file, name);
    if (file.pending) await file.flush();
    if (file.rows >= params.messagesPerPart) {
      await close(file, false);
      file = null;
    }
  }
  file ??= open();
  for (const line of chatBroadcasts(world)) {
    file.pushLine(line);
    if (file.pending) await file.flush();
  }
  await close(file, true);
  return { files };
}

function writeConversation(file: CsvFile, conv: Conversation, seed: number): void {
  const platform = conv.seller.platform;
  const cid = conversationId(platform, conv.customer, conv.index);
  const messages = conversationMessages(conv, seed);
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i] as ChatMessage;
    const sender = m.fromCustomer ? conv.customer.handle : conv.seller.handle;
    const recipient = m.fromCustomer ? conv.seller.handle : conv.customer.handle;
    file.pushLine(formatRow(platform, messageId(platform, conv.index, i), cid, m.t, sender, recipient, m));
  }
}

function badMessageRows(world: World): readonly (readonly [BadRowReason, BadRowMaker])[] {
  const rng = new Rng('bad-messages', world.seed);
  const acc = world.accounts[rng.int(0, world.accounts.length - 1)] as Account;
  const other = world.accounts[rng.int(0, world.accounts.length - 1)] as Account;
  return [
    [
      'wrong_column_count',
      (n) => [`bad-${n}`, acc.platform, '', '2019-05-01T10:00:00Z', acc.handle, other.handle],
    ],
    [
      'missing_required_field',
      (n) => [`bad-${n}`, acc.platform, '', '2019-05-01T10:00:00Z', '', other.handle, 'ok see you later', ''],
    ],
    [
      'unparseable_timestamp',
      (n) => [`bad-${n}`, acc.platform, '', '31/02/2019 25:61', acc.handle, other.handle, 'hello', ''],
    ],
    [
      'naive_timestamp',
      (n) => [
        `bad-${n}`,
        acc.platform,
        '',
        '2019-03-04 21:15:00',
        acc.handle,
        other.handle,
        'online tonight 9pm?',
        '',
      ],
    ],
    [
      'invalid_utf8',
      (n) =>
        invalidUtf8Line(
          [`bad-${n}`, acc.platform, '', '2019-06-02T11:00:00Z', acc.handle, other.handle],
          'good morning',
          [''],
        ),
    ],
  ];
}
