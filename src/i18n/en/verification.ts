import { n } from './number.js';
import { plural } from '../plural.js';

export const verification = {
  code: 'Verification code',
  codeHint: (length: number) => plural('en', length, { one: '# digit', other: '# digits' }),
  resend: 'Send a new code',
  resendIn: (seconds: number) => `Send a new code in ${n(seconds)} s`,
  attemptsLeft: (count: number) => plural('en', count, { one: '# try left.', other: '# tries left.' }),
  noAttemptsLeft: 'No tries left. For your security, wait a while before you start again.',
  expired: 'The code has expired. Send a new one.',
  sentTo: (to: string) => `We sent a code to ${to}.`,
  expiresIn: (minutes: number) =>
    minutes <= 1 ? 'It expires in less than a minute.' : `It expires in ${n(minutes)} minutes.`,
  wrongCode: (left: number) =>
    plural('en', left, {
      one: 'That code is not right. # try left.',
      other: 'That code is not right. # tries left.',
    }),
  startAgain: 'Start again',
} as const;
