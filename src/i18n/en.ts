/**
 * The English catalog: every string the elements show. A new locale is one file with the type
 * `Catalog`; the compiler lists whatever it is missing.
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
    tryAgainIn: (seconds: number) => `Try again in ${seconds} s`,
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
      seconds > 0 ? `Too many attempts. Try again in ${seconds} s.` : 'Too many attempts. Try again shortly.',
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
    unsupported: 'This is not available.',
    noAdapter:
      'No account adapter: wrap this element in <account-provider>, set its adapter property, or call configure({ adapter }).',
  },
  fields: {
    required: 'Required.',
    // The limit comes with the error; a server that leaves it out still gets a sentence.
    too_short: (min?: number) =>
      min === undefined ? 'This is too short.' : `Use at least ${min} characters.`,
    too_long: (max?: number) => (max === undefined ? 'This is too long.' : `Use at most ${max} characters.`),
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
        : `The part before the @ can have at most ${max} characters.`,
    invalid_time: 'Enter a time as HH:MM.',
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
    intro: 'For your security, confirm your identity to finish this change.',
    password: 'Current password',
    wrongPassword: 'That password is not right.',
    usePassword: 'Use my password',
    useSms: 'Text me a code instead',
    sendCode: 'Send code',
    code: 'Code from the text message',
    codeSentTo: (to: string) => `We sent a code to ${to}.`,
    confirm: 'Confirm',
  },
  verification: {
    code: 'Verification code',
    codeHint: (length: number) => `${length} digits`,
    resend: 'Send a new code',
    resendIn: (seconds: number) => `Send a new code in ${seconds} s`,
    attemptsLeft: (count: number) => (count === 1 ? '1 try left.' : `${count} tries left.`),
    noAttemptsLeft: 'No tries left. For your security, wait a while before you start again.',
    expired: 'The code has expired. Send a new one.',
    sentTo: (to: string) => `We sent a code to ${to}.`,
    expiresIn: (minutes: number) =>
      minutes <= 1 ? 'It expires in less than a minute.' : `It expires in ${minutes} minutes.`,
    wrongCode: (left: number) =>
      left === 1 ? 'That code is not right. 1 try left.' : `That code is not right. ${left} tries left.`,
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
    pictureHint: (maxMb: number) => `PNG, JPEG, WebP or GIF, up to ${maxMb} MB.`,
    cropHeading: 'Crop your picture',
    cropHelp: 'Drag to move, use the slider or the arrow keys to zoom and move.',
    cropArea: 'Picture crop area',
    zoom: 'Zoom',
    usePicture: 'Use this picture',
    pictureSaved: 'Profile picture updated.',
    pictureRemoved: 'Profile picture removed.',
    fileEmpty: 'That file is empty.',
    fileTooLarge: (maxMb: number) => `That file is over ${maxMb} MB. Choose a smaller one.`,
    fileNotImage: 'That file is not a PNG, JPEG, WebP or GIF image.',
    fileUnreadable: 'That image could not be read.',
    pictureTooLarge: (maxSide: number) =>
      `That picture is over ${maxSide} pixels wide or tall. Choose a smaller one.`,
    name: 'Name',
    username: 'Username',
    usernameHint: 'Lower-case letters, digits, dots, dashes and underscores; starts with a letter.',
    usernameChecking: 'Checking…',
    usernameAvailable: 'Available.',
    usernameCurrent: 'This is your username.',
    saved: 'Profile saved.',
    roleAdmin: 'Admin',
    roleMember: 'Member',
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every locale's catalog has. */
export type Catalog = Widen<typeof en>;
