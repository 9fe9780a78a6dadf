import { n } from './number.js';
import { messagesName } from './section-names.js';

export const messages = {
  ...messagesName,
  description: 'Your signature, automatic replies, texts forwarded to email, and opt-out keywords.',
  saved: 'Your message settings were saved.',
  signature: 'Signature',
  signatureHint: 'Added to the end of every text you send.',
  autoReplyGroup: 'Auto-reply',
  autoReply: 'Reply automatically',
  autoReplyHint: 'Answer every text you receive with a message.',
  autoReplyText: 'Auto-reply text',
  forwardGroup: 'Forward to email',
  forwardToEmail: 'Forward texts to email',
  forwardToEmailHint: 'Get a copy of every text you receive.',
  forwardEmail: 'Email address',
  optOut: 'Opt-out keywords',
  optOutHint: (max: number) =>
    `A text that is one of these words stops your messages to its sender. Add up to ${n(max)} of your own.`,
} as const;
