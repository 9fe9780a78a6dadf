import {
  callerIdMode,
  greetingMode,
  RING_SECONDS_MAX,
  RING_SECONDS_MIN,
  type VoiceSettings,
} from '../../api/index.js';
import { switchedGroup, type SettingsField } from '../../kit/index.js';

/**
 * The voice settings as fields: do not disturb first (the switch people reach for most), then
 * forwarding, voicemail with its greeting read aloud or recorded, caller ID and business hours.
 * Limits and rules come from the contract's `voiceSettings`.
 */
export const PHONE_FIELDS: readonly SettingsField<VoiceSettings>[] = [
  {
    kind: 'switch',
    path: 'doNotDisturb.enabled',
    label: (t) => t.voice.doNotDisturb,
    help: (t) => t.voice.doNotDisturbHint,
  },
  {
    kind: 'datetime',
    path: 'doNotDisturb.until',
    label: (t) => t.voice.until,
    help: (t) => t.voice.untilHint,
    showWhen: { path: 'doNotDisturb.enabled', is: true },
  },
  switchedGroup({
    label: (t) => t.voice.forwardingGroup,
    toggle: {
      path: 'forwarding.enabled',
      label: (t) => t.voice.forwarding,
      help: (t) => t.voice.forwardingHint,
    },
    fields: [
      {
        kind: 'text',
        path: 'forwarding.number',
        inputType: 'tel',
        autocomplete: 'tel',
        ltr: true,
        label: (t) => t.voice.forwardingNumber,
        help: (t) => t.voice.forwardingNumberHint,
      },
    ],
  }),
  switchedGroup({
    label: (t) => t.voice.voicemailGroup,
    toggle: {
      path: 'voicemail.enabled',
      label: (t) => t.voice.voicemail,
      help: (t) => t.voice.voicemailHint,
    },
    fields: [
      {
        kind: 'number',
        path: 'voicemail.ringSeconds',
        label: (t) => t.voice.ringSeconds,
        help: (t) => t.voice.ringSecondsHint(RING_SECONDS_MIN, RING_SECONDS_MAX),
      },
      {
        kind: 'select',
        path: 'voicemail.greeting.mode',
        label: (t) => t.voice.greetingMode,
        choices: greetingMode.options.map((mode) => ({
          value: mode,
          label: (t) => t.voice.greetingModes[mode],
        })),
      },
      {
        kind: 'textarea',
        path: 'voicemail.greeting.text',
        label: (t) => t.voice.greetingText,
        help: (t) => t.voice.greetingTextHint,
        showWhen: { path: 'voicemail.greeting.mode', is: 'text' },
      },
      {
        kind: 'audio',
        path: 'voicemail.greeting.audioUrl',
        label: (t) => t.voice.greetingAudio,
        upload: (adapter, file, options) => adapter.uploadVoicemailGreeting(file, options),
        remove: (adapter, options) => adapter.removeVoicemailGreeting(options),
        showWhen: { path: 'voicemail.greeting.mode', is: 'audio' },
      },
    ],
  }),
  {
    kind: 'group',
    label: (t) => t.voice.callerIdGroup,
    fields: [
      {
        kind: 'select',
        path: 'callerId.mode',
        label: (t) => t.voice.callerId,
        help: (t) => t.voice.callerIdHint,
        choices: callerIdMode.options.map((mode) => ({
          value: mode,
          label: (t) => t.voice.callerIdModes[mode],
        })),
      },
    ],
  },
  switchedGroup({
    label: (t) => t.voice.hoursGroup,
    toggle: {
      path: 'hours.enabled',
      label: (t) => t.voice.hours,
      help: (t) => t.voice.hoursHint,
    },
    fields: [
      { kind: 'timezone', path: 'hours.timezone', label: (t) => t.voice.timezone },
      {
        kind: 'hours',
        path: 'hours.days',
        label: (t) => t.voice.days,
        help: (t) => t.voice.daysHint,
      },
    ],
  }),
];
