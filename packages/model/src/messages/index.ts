import type { Severity } from '../diagnostic.ts';
import { documentMessages } from './document.ts';
import { decisionMessages } from './decision.ts';
import { engineMessages } from './engine.ts';
import { draftMessages } from './draft.ts';
import { ioMessages } from './io.ts';
import { wordMessages } from './word.ts';
import { storeMessages } from './store.ts';
import { citeMessages } from './cite.ts';

/** The languages every message exists in: our users read Chinese first. */
export type Lang = 'zh' | 'en';

export interface MessageEntry {
  severity: Severity;
  /** English template; `{name}` is replaced from the diagnostic's data. */
  en: string;
  /** Chinese template with the same placeholders. */
  zh: string;
}

/**
 * The one message catalogue. Each stage keeps its entries in its own file
 * (ids are prefixed with the stage), merged here so ids stay unique.
 */
export const messages = {
  ...ioMessages,
  ...wordMessages,
  ...documentMessages,
  ...decisionMessages,
  ...engineMessages,
  ...storeMessages,
  ...citeMessages,
  ...draftMessages,
} satisfies Record<string, MessageEntry>;

export type MessageId = keyof typeof messages;
