import { n } from './number.js';
import { voiceName } from './section-names.js';

export const voice = {
  ...voiceName,
  description:
    'How your business line answers: forwarding, voicemail, caller ID, business hours and do not disturb.',
  saved: 'Your call settings were saved.',
  forwardingGroup: 'Forwarding',
  forwarding: 'Forward calls',
  forwardingHint: 'Ring another phone when a call comes in.',
  forwardingNumber: 'Forward to',
  forwardingNumberHint: 'With its country code, like +1 415 555 0123.',
  voicemailGroup: 'Voicemail',
  voicemail: 'Answer with voicemail',
  voicemailHint: 'Callers can leave a message when nobody picks up.',
  ringSeconds: 'Ring for (seconds)',
  ringSecondsHint: (min: number, max: number) =>
    `How long a call rings before voicemail answers: ${n(min)} to ${n(max)} seconds.`,
  greetingMode: 'Greeting',
  greetingModes: { text: 'Read my text aloud', audio: 'Play my recording' },
  greetingText: 'Greeting text',
  greetingTextHint: 'Read aloud to callers before the tone.',
  greetingAudio: 'Recording',
  callerIdGroup: 'Caller ID',
  callerId: 'Show as',
  callerIdHint: 'What the people you call see.',
  callerIdModes: { business: 'Business number', personal: 'My cell number', private: 'No caller ID' },
  hoursGroup: 'Business hours',
  hours: 'Use business hours',
  hoursHint: 'Outside these hours, calls go to voicemail.',
  timezone: 'Time zone',
  days: 'Open days and hours',
  daysHint: 'A closing time before the opening time runs past midnight.',
  doNotDisturb: 'Do not disturb',
  doNotDisturbHint: 'Calls go straight to voicemail.',
  until: 'Until',
  untilHint: 'Leave it empty to stay on until you turn it off.',
} as const;
