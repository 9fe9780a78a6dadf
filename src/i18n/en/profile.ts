import { n } from './number.js';
import { plural } from '../plural.js';
import { profileName } from './section-names.js';

export const profile = {
  ...profileName,
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
} as const;
