import { formatNumber } from './format.js';
import { plural, type PluralForms } from './plural.js';

/** Numbers inside sentences, written as English writes them (1,284). */
const n = (value: number): string => formatNumber('en', value);

/** What a plan counts and limits: the contract's kinds of usage. */
export type UsageUnit = 'minutes' | 'messages' | 'groups' | 'apiRequests';

/** Each kind of usage: its name in the plural, and a count of it as a phrase ("1 minute", "3,000 minutes"). */
const USAGE_UNITS: Record<UsageUnit, { plural: string; count: PluralForms }> = {
  minutes: { plural: 'minutes', count: { one: '# minute', other: '# minutes' } },
  messages: { plural: 'messages', count: { one: '# message', other: '# messages' } },
  groups: { plural: 'groups', count: { one: '# group', other: '# groups' } },
  apiRequests: { plural: 'API requests', count: { one: '# API request', other: '# API requests' } },
};

const usage = (kind: UsageUnit, count: number): string => plural('en', count, USAGE_UNITS[kind].count);

/**
 * The English catalog: every string the elements show. A new locale is one file with the type
 * `Catalog`; the compiler lists whatever it is missing. A count goes through `plural`, a number
 * through `formatNumber`, so each locale says and writes them its own way.
 */
export const en = {
  common: {
    loading: 'Loading…',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved',
    cancel: 'Cancel',
    close: 'Close',
    retry: 'Try again',
    reload: 'Load the latest',
    keepMine: 'Keep my changes',
    continue: 'Continue',
    optional: 'optional',
    tryAgainIn: (seconds: number) => `Try again in ${n(seconds)} s`,
  },
  errors: {
    loadFailed: 'This section could not be loaded.',
    saveFailed: 'Your changes were not saved.',
    unauthorized: 'Your session has ended. Sign in again to continue.',
    forbidden: 'You do not have permission to do this.',
    not_found: 'This was not found. It may have been removed.',
    conflict: 'This was changed somewhere else while you were editing. Your input is kept.',
    precondition_required: 'This cannot be done yet.',
    rate_limited: (seconds: number) =>
      seconds > 0
        ? `Too many attempts. Try again in ${n(seconds)} s.`
        : 'Too many attempts. Try again shortly.',
    network: 'The server could not be reached. Check your connection.',
    offline: 'You are offline. What you typed is kept: try again once you are back online.',
    uncertain:
      'The server did not answer in time, so your change may or may not have been made. We are checking; try again to be sure.',
    timeout: 'The server took too long to answer.',
    invalid_response: 'The server sent an answer this page does not understand.',
    validation: 'Some fields need attention.',
    verification_failed: 'That code is not right.',
    verification_expired: 'That code has expired. Ask for a new one.',
    reverification_required: 'Confirm it is you to continue.',
    idempotency_key_reused: 'This request was already sent with other details. Try again.',
    idempotency_key_in_use: 'This request is still being handled. Wait a moment, then try again.',
    unsupported: 'This is not available.',
    noAdapter:
      'No account adapter: wrap this element in <account-provider>, set its adapter property, or call configure({ adapter }).',
  },
  fields: {
    required: 'Required.',
    // The limit comes with the error; a server that leaves it out still gets a sentence.
    too_short: (min?: number) =>
      min === undefined
        ? 'This is too short.'
        : plural('en', min, { one: 'Use at least # character.', other: 'Use at least # characters.' }),
    too_long: (max?: number) =>
      max === undefined
        ? 'This is too long.'
        : plural('en', max, { one: 'Use at most # character.', other: 'Use at most # characters.' }),
    invalid_format: 'This does not look right.',
    invalid_characters: 'Remove line breaks and invisible formatting characters.',
    invalid_phone: 'That is not a phone number. Enter it with its country code, like +1 415 555 0123.',
    phone_premium: 'Premium-rate and shared-cost numbers cannot be used. Enter your own cell number.',
    phone_unassigned: 'That number does not exist. Check the digits and the country code.',
    phone_not_mobile: 'That number cannot receive text messages. Enter a cell number.',
    invalid_email: 'Enter an email address, like name@example.com.',
    email_local_too_long: (max?: number) =>
      max === undefined
        ? 'The part before the @ is too long.'
        : plural('en', max, {
            one: 'The part before the @ can have at most # character.',
            other: 'The part before the @ can have at most # characters.',
          }),
    invalid_time: 'Enter a time as HH:MM.',
    not_in_future: 'Choose a time that has not passed yet.',
    username_taken: 'That username is taken.',
    username_reserved: 'That username is reserved.',
    same_as_current: 'That is the current value.',
    password_common: 'That password is too common and easy to guess. Choose another.',
    password_contains_username: 'Your password must not contain your username.',
    out_of_range: 'That value is out of range.',
    confirmation_mismatch: 'That does not match.',
  },
  reverify: {
    heading: 'Confirm it is you',
    intro: 'For your security, confirm it is you before you go on.',
    password: 'Current password',
    wrongPassword: 'That password is not right.',
    usePassword: 'Use my password',
    useSms: 'Text me a code instead',
    sendCode: 'Send code',
    code: 'Code from the text message',
    codeSentTo: (to: string) => `We sent a code to ${to}.`,
    useTotp: 'Use my authenticator app',
    totpCode: 'Code from your authenticator app',
    wrongTotp: 'That code is not right, or it was already used. Enter the newest code your app shows.',
    useBackupCode: 'Use a backup code',
    backupCode: 'Backup code',
    backupCodeHint: 'One of the backup codes you saved. Each one works once.',
    wrongBackupCode: 'That backup code is not right, or it was already used.',
    confirm: 'Confirm',
  },
  verification: {
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
  },
  profile: {
    heading: 'Profile',
    description: 'How you appear to your team.',
    picture: 'Profile picture',
    pictureAlt: (name: string) => `Profile picture of ${name}`,
    noPicture: 'No profile picture',
    choosePicture: 'Upload picture',
    changePicture: 'Change picture',
    removePicture: 'Remove',
    pictureHint: (maxMb: number) => `PNG, JPEG, WebP or GIF, up to ${n(maxMb)} MB.`,
    cropHeading: 'Crop your picture',
    cropHelp: 'Drag to move, use the slider or the arrow keys to zoom and move.',
    cropArea: 'Picture crop area',
    zoom: 'Zoom',
    usePicture: 'Use this picture',
    pictureSaved: 'Profile picture updated.',
    pictureRemoved: 'Profile picture removed.',
    fileEmpty: 'That file is empty.',
    fileTooLarge: (maxMb: number) => `That file is over ${n(maxMb)} MB. Choose a smaller one.`,
    fileNotImage: 'That file is not a PNG, JPEG, WebP or GIF image.',
    fileUnreadable: 'That image could not be read.',
    pictureTooLarge: (maxSide: number) =>
      plural('en', maxSide, {
        one: 'That picture is over # pixel wide or tall. Choose a smaller one.',
        other: 'That picture is over # pixels wide or tall. Choose a smaller one.',
      }),
    name: 'Name',
    username: 'Username',
    usernameHint: 'Lower-case letters, digits, dots, dashes and underscores; starts with a letter.',
    usernameChecking: 'Checking…',
    usernameAvailable: 'Available.',
    usernameCurrent: 'This is your username.',
    usernameChecksPaused: (when: string) =>
      `Too many names checked: availability is checked again ${when}. You can still save.`,
    saved: 'Profile saved.',
    roleAdmin: 'Admin',
    roleMember: 'Member',
  },
  phone: {
    heading: 'Personal cell number',
    description: 'Where we text your security codes. A new number is checked with a code before it is used.',
    current: 'Cell number',
    none: 'No cell number yet',
    change: 'Change number',
    add: 'Add number',
    country: 'Country or region',
    noCountry: 'Choose a country',
    countryOption: (name: string, callingCode: string) => `${name} (+${callingCode})`,
    number: 'New cell number',
    numberHint: 'As you would dial it in that country, or starting with + and the country code.',
    sendCode: 'Send code',
    sending: 'Sending…',
    verify: 'Verify',
    verifying: 'Checking…',
    codeIncomplete: 'Enter the whole code from the text message.',
    codeSentAgain: 'A new code is on its way.',
    verified: 'Your cell number was changed.',
  },
  deleteAccount: {
    heading: 'Delete account',
    description: 'Close the account and everything in it, for everyone in it.',
    consequences:
      'Deleting the account removes its numbers, call and message history, voicemails, contacts, groups and API keys, for every member. It cannot be undone.',
    delete: 'Delete account…',
    adminOnly: 'Only an admin can delete the account. Ask an admin of your account if it should be closed.',
    confirmHeading: 'Delete this account?',
    confirmIntro: 'This cannot be undone. The API key stops working and every member loses access at once.',
    typeUsername: (username: string) => `Type ${username} to confirm`,
    typeHint: 'The username, exactly as shown.',
    confirm: 'Delete account',
    deleting: 'Deleting…',
    deleted: 'The account was deleted.',
  },
  email: {
    heading: 'Email',
    description: 'The address we write to, and what we email you about.',
    address: 'Email address',
    change: 'Change email',
    newAddress: 'New email address',
    newAddressHint: 'We will send a link to it. Your current address stays in use until you follow the link.',
    sendLink: 'Send link',
    sending: 'Sending…',
    sameAsCurrent: 'That is already your email address.',
    pendingHeading: 'Waiting for you to confirm',
    linkSent: (address: string) => `We sent a link to ${address}. Follow it to switch to that address.`,
    stillPrimary: (current: string) => `Until then, ${current} stays your email address.`,
    resend: 'Send the link again',
    resendIn: (seconds: number) => `Send the link again in ${n(seconds)} s`,
    cancelChange: 'Cancel change',
    linkSentStatus: 'Link sent. Check your inbox.',
    linkResent: 'New link sent. Only the newest link works.',
    changeCancelled: (current: string) => `The change was cancelled. Your email address stays ${current}.`,
    changed: (address: string) => `Your email address is now ${address}.`,
    notificationsHeading: 'Email notifications',
    notifyAll: 'Email me about calls',
    notifyAllHint: 'Sent to your email address.',
    missedCalls: 'Missed calls',
    voicemails: 'Voicemails',
    notificationsSaved: 'Email notifications saved.',
    notificationsConflict: 'These settings were changed somewhere else. The latest are shown; try again.',
  },
  password: {
    heading: 'Password',
    description: 'Change it with your current password, or reset it with a code we text to your cell.',
    change: 'Change password',
    reset: 'Reset password',
    resetNote: 'Forgot it? A reset texts a code to the cell number on your account.',
    sending: 'Sending a code…',
    noPhone: 'A reset texts a code to your cell, and there is no cell number on your account yet.',
    addPhone: 'Add a cell number',
    changeUnsupported:
      'Changing the password with the current one is not available here. Reset it with a code we text to your cell.',
    username: 'Username',
    current: 'Current password',
    new: 'New password',
    show: 'Show password',
    rules: (min: number, max: number) =>
      `${n(min)} to ${n(max)} characters; spaces, emoji and any alphabet count. No digits or symbols needed, but not a common password, your username, or your current one.`,
    strength: {
      weak: 'Strength: weak. It would be guessed quickly.',
      fair: 'Strength: fair. Longer is stronger: a few unrelated words work well.',
      good: 'Strength: good.',
      strong: 'Strength: strong.',
    },
    wrongPassword: (left: number) =>
      left === 0
        ? 'That password is not right. No tries left: wait a while before you try again.'
        : plural('en', left, {
            one: 'That password is not right. # try left.',
            other: 'That password is not right. # tries left.',
          }),
    sameAsCurrent: 'That is your current password. Choose a new one.',
    forgot: 'Forgot your password?',
    codeIncomplete: 'Enter the whole code from the text message.',
    codeSentAgain: 'A new code is on its way.',
    save: 'Save password',
    changed: 'Your password was changed.',
    resetDone: 'Your password was reset.',
  },
  apiKey: {
    heading: 'API key',
    description: 'How your own software signs in to the API. Keep it as secret as a password.',
    key: 'Your key',
    dates: (created: string, lastUsed: string | null) =>
      lastUsed === null ? `Created ${created}, never used` : `Created ${created}, last used ${lastUsed}`,
    reveal: 'Reveal',
    revealing: 'Revealing…',
    hide: 'Hide',
    hidesIn: (seconds: number) => `Hides in ${n(seconds)} s`,
    hiddenAgain: 'The key is hidden again.',
    copy: 'Copy',
    copying: 'Copying…',
    copied: 'Copied',
    copyFailed: 'The key could not be copied. Reveal it and copy it by hand.',
    regenerate: 'Regenerate…',
    confirmHeading: 'Regenerate the API key?',
    confirmIntro:
      'The current key stops working at once: whatever uses it is refused until you give it the new key.',
    confirm: 'Regenerate key',
    regenerating: 'Regenerating…',
    newKeyHeading: 'Your new API key',
    newKeyNote: 'Copy it now and give it to whatever used the old key.',
    shownOnce: 'This is the only time it is shown in full: copy it now and keep it somewhere safe.',
    done: 'Done',
    regenerated: 'A new API key was made. The old one no longer works.',
    revealUnsupported:
      'This server shows a key in full only when it is made. To get a key you can copy, regenerate it.',
    memberNote:
      'Only an admin can reveal or replace the API key. Ask an admin of your account if you need it.',
  },
  twoStep: {
    heading: 'Two-step verification',
    description: 'A second step when you sign in, so a stolen password alone does not get anyone in.',
    on: 'On',
    off: 'Off',
    offNote: 'Signing in takes only your password.',
    onNote: 'Signing in takes your password and a code.',
    app: 'Authenticator app',
    appNote:
      'An app such as Google Authenticator, Microsoft Authenticator or 1Password shows a new 6-digit code every 30 seconds. You enter it after your password.',
    appUnsupported: 'This server does not offer authenticator apps.',
    setUp: 'Set up authenticator app',
    starting: 'Starting…',
    appOnSince: (date: string) => `On since ${date}.`,
    turnOff: 'Turn off…',
    turnOffHeading: 'Turn off the authenticator app?',
    turnOffLast:
      'Two-step verification goes off with it and your backup codes stop working: your password alone will sign you in.',
    turnOffOther: 'Codes from the app will no longer be asked for or accepted.',
    confirmTurnOff: 'Turn off',
    turningOff: 'Turning off…',
    turnedOff: 'The authenticator app was turned off.',
    setupHeading: 'Set up your authenticator app',
    scan: '1. Scan this QR code with your authenticator app.',
    qrLabel: 'QR code for your authenticator app',
    cannotScan: 'Cannot scan it? Enter this setup key in the app instead:',
    copyKey: 'Copy key',
    keyCopied: 'The setup key was copied.',
    copyFailed: 'It could not be copied. Select it and copy it by hand.',
    enterCode: '2. Enter the code the app shows, to check it works.',
    code: 'Code from the app',
    codeIncomplete: (digits: number) => `Enter all ${n(digits)} digits the app shows.`,
    wrongCode:
      'That code is not right. Enter the newest code the app shows; if it still fails, check that your phone sets its time automatically.',
    setupExpired: 'This setup has expired. Start again to get a new setup key.',
    startAgain: 'Start again',
    confirm: 'Turn on',
    confirming: 'Checking…',
    turnedOn: 'The authenticator app is on. You will be asked for a code from it when you sign in.',
    sms: 'Codes by text message',
    smsNote: (to: string) => `Codes sent to ${to} when you sign in.`,
    smsNoPhone: 'Add a cell number to your account to get codes by text message.',
    smsOnSince: (to: string, date: string) => `Codes go to ${to}. On since ${date}.`,
    smsTurnOn: 'Turn on text codes',
    smsTurnOff: 'Turn off text codes',
    smsTurnedOn: 'Codes by text message are on.',
    smsTurnedOff: 'Codes by text message are off.',
    backupCodes: 'Backup codes',
    backupNote: 'For when you do not have your phone: each code signs you in once.',
    remaining: (count: number) =>
      plural('en', count, { one: '# unused backup code left.', other: '# unused backup codes left.' }),
    newCodes: 'New backup codes',
    makingCodes: 'Making codes…',
    codesHeading: 'Your backup codes',
    shownOnce:
      'They are shown only this once. Save them somewhere safe now, such as your password manager: each code works once.',
    oldCodesGone: 'Your old backup codes no longer work.',
    copyCodes: 'Copy',
    codesCopied: 'The backup codes were copied.',
    download: 'Download',
    fileName: 'backup-codes.txt',
    fileHeading: (date: string) => `Backup codes for two-step verification, made ${date}`,
    fileNote: 'Each code works once. Making new codes stops these from working.',
    saved: 'I have saved them',
    codesMade: 'New backup codes were made. The old ones no longer work.',
  },
  plan: {
    heading: 'Plan and usage',
    description: 'Your plan, this billing cycle, and how much of it is used.',
    planLabel: 'Plan',
    cycle: (start: string, end: string) => `This cycle started on ${start} and resets on ${end}.`,
    usageLabel: 'Usage this cycle',
    kinds: { minutes: 'Minutes', messages: 'Messages', groups: 'Groups', apiRequests: 'API requests' },
    // Each count is said whole, number and words together, by the sentence it is in: a language
    // may word a count by its place (Arabic says «دقيقتان» alone, «من دقيقتين» after "of").
    usedOf: (kind: UsageUnit, used: number, limit: number) => `${n(used)} of ${usage(kind, limit)}`,
    usedUnlimited: (kind: UsageUnit, used: number) => `${usage(kind, used)}, unlimited`,
    withinLimit: 'Within the limit.',
    nearLimit: 'Near the limit.',
    limitReached: 'Limit reached.',
    projection: (kind: UsageUnit, about: number, date: string) =>
      `At this rate: about ${usage(kind, about)} by ${date}.`,
    runsOut: (date: string) => `At this rate, it runs out around ${date}.`,
    upgrade: 'Upgrade',
    salesChat: 'Chat with Sales',
    salesUnreachable:
      'The sales chat cannot be opened from here. To talk to sales, ask an admin of your account or use the contact details on our website.',
    upgradeHeading: 'Change your plan',
    upgradeIntro: 'Compare the plans: what each includes per cycle, and its price.',
    plansLabel: 'Plans',
    current: 'Current plan',
    price: (amount: string, interval: 'month' | 'year') =>
      interval === 'month' ? `${amount} per month` : `${amount} per year`,
    customPrice: 'Price on request',
    limit: (kind: UsageUnit, amount: number) => usage(kind, amount),
    unlimited: (kind: UsageUnit) => `Unlimited ${USAGE_UNITS[kind].plural}`,
    choose: (name: string) => `Choose ${name}`,
    opening: 'Opening the checkout…',
    redirecting: 'Taking you to the checkout page…',
    salesOnly: 'Sold by our sales team.',
    talkToSales: (name: string) => `Talk to sales about ${name}`,
    askAdmin: (name: string) => `Ask an admin of your account to switch to ${name}.`,
    adminOnly: 'Only an admin can change the plan. Ask an admin of your account.',
    checkoutUnsafe: 'The checkout page could not be opened safely. Try again later or contact support.',
  },
  menu: {
    button: 'Settings',
    buttonFor: (name: string) => `Settings for ${name}`,
    mySettings: 'My Settings',
  },
  settingsSection: {
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
  },
  voice: {
    heading: 'Calls',
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
  },
  messages: {
    heading: 'Text messages',
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
  },
  settings: {
    heading: 'My Settings',
    navigation: 'Settings sections',
    sections: 'Sections',
    sectionsMenu: (current: string) => `Go to: ${current}`,
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every locale's catalog has. */
export type Catalog = Widen<typeof en>;
