import { n } from './number.js';
import { plural } from '../plural.js';

export const settingsSection = {
  saved: 'Your settings were saved.',
  noSource: 'Nothing to show: give this section a resource, or its load and save functions.',
  switchSaved: (label: string, on: boolean) => (on ? `${label}: on.` : `${label}: off.`),
  switchConflict:
    'This was changed somewhere else. The latest settings are shown now: flip the switch again if you still want to.',
  switchNeedsFields: (label: string) =>
    `${label} needs more before it can be on: fill in the marked fields, then press Save.`,
  unsaved: 'Not saved yet',
  outOfRange: (min: number, max: number) => `Enter a whole number from ${n(min)} to ${n(max)}.`,
  fieldErrors: {
    too_many: (max?: number) => (max === undefined ? 'There are too many.' : `Use at most ${n(max)}.`),
    too_long_duration: (seconds?: number) =>
      seconds === undefined
        ? 'The recording is too long.'
        : seconds % 60 === 0
          ? plural('en', seconds / 60, {
              one: 'Use a recording of at most # minute.',
              other: 'Use a recording of at most # minutes.',
            })
          : plural('en', seconds, {
              one: 'Use a recording of at most # second.',
              other: 'Use a recording of at most # seconds.',
            }),
    invalid_keyword: 'Use one word: letters and digits, no spaces or signs.',
    keyword_standard: 'That keyword always works: there is no need to add it.',
    duplicate: 'That is already in the list.',
    invalid_time_zone: 'Choose a time zone from the list.',
  },
  audio: {
    none: 'No recording yet.',
    player: 'Your recording',
    upload: 'Upload a recording',
    replace: 'Replace recording',
    remove: 'Remove recording',
    uploading: 'Uploading…',
    removing: 'Removing…',
    hint: (megabytes: number, minutes: number) =>
      `MP3, WAV, OGG or M4A, up to ${n(megabytes)} MB and ${plural('en', minutes, { one: '# minute', other: '# minutes' })}.`,
    uploaded: 'The recording was saved and is played from now on.',
    removed: 'The recording was removed.',
    required: 'Upload a recording first, or choose the text greeting.',
    fileEmpty: 'That file is empty.',
    fileTooLarge: (megabytes: number) =>
      `That file is over ${n(megabytes)} MB. Choose a shorter or smaller recording.`,
    fileNotAudio: 'That file is not a recording. Use an MP3, WAV, OGG or M4A file.',
  },
  keywords: {
    standard: 'Always on',
    standardNote: 'These always work, whatever you add:',
    custom: 'Your keywords',
    none: 'No keywords of your own yet.',
    newKeyword: 'New keyword',
    add: 'Add',
    remove: (keyword: string) => `Remove ${keyword}`,
    problem: (keyword: string, problem: string) => `${keyword}: ${problem}`,
  },
  hours: {
    day: 'Day',
    opens: 'Opens',
    closes: 'Closes',
    opensOn: (day: string) => `${day}: opens`,
    closesOn: (day: string) => `${day}: closes`,
    closed: 'Closed',
    overnight: 'Overnight',
  },
  neverEnds: 'Until you turn it off',
} as const;
