/** What the backend "sent" (SMS codes, email links), read as the person would read their messages. */
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { OutboxMessage } from '../../src/api/index.js';

/** The code or link token the backend last sent for `purpose`; fails when it sent none. */
export function lastSent(adapter: MemoryAdapter, purpose: OutboxMessage['purpose']): string {
  const secret = adapter.lastMessage(purpose)?.secret;
  if (!secret) throw new Error(`No ${purpose} message was sent`);
  return secret;
}

/** A code that is surely not the one last sent for `purpose`. */
export function wrongCode(adapter: MemoryAdapter, purpose: OutboxMessage['purpose']): string {
  return lastSent(adapter, purpose) === '000000' ? '111111' : '000000';
}
