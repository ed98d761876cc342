/**
 * What the workbench reads of a case besides search: a conversation around a message, and counts by
 * country (server/read-model/case-reader.ts). Types only, so the web app shares them.
 */
export interface ThreadMessage {
  readonly message_id: string;
  readonly platform: string;
  readonly conversation_id: string;
  readonly sent_at: string;
  readonly sender: string;
  readonly recipients: readonly string[];
  readonly body: string;
  readonly attachments: readonly string[];
  readonly source: { readonly file_sha256: string; readonly line: number };
}

export interface Thread {
  readonly platform: string;
  readonly conversation_id: string;
  readonly anchor: string;
  /** Messages in time order, the anchor among them. */
  readonly messages: readonly ThreadMessage[];
  /** There are older / newer messages in the conversation than these. */
  readonly more_before: boolean;
  readonly more_after: boolean;
}

export interface CountryCount {
  readonly country: string;
  readonly count: number;
}
