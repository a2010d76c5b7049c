import type { Severity } from '../diagnostic.ts';
import { documentMessages } from './document.ts';
import { decisionMessages } from './decision.ts';
import { engineMessages } from './engine.ts';
import { ioMessages } from './io.ts';

export interface MessageEntry {
  severity: Severity;
  /** Template; `{name}` is replaced from the diagnostic's data. */
  text: string;
}

/**
 * The one message catalogue. Each stage keeps its entries in its own file
 * (ids are prefixed with the stage), merged here so ids stay unique.
 */
export const messages = {
  ...ioMessages,
  ...documentMessages,
  ...decisionMessages,
  ...engineMessages,
} satisfies Record<string, MessageEntry>;

export type MessageId = keyof typeof messages;
