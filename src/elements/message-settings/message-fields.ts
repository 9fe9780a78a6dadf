import {
  OPT_OUT_KEYWORDS_MAX,
  STANDARD_OPT_OUT_KEYWORDS,
  type MessageSettingsData,
} from '../../api/index.js';
import { switchedGroup, type SettingsField } from '../../kit/index.js';

/**
 * The messaging settings as fields: the signature, the auto-reply and forwarding to email (each a
 * switch with what it needs), and the opt-out keywords over the standard ones. Limits and rules
 * come from the contract's `messageSettings`.
 */
export const MESSAGE_FIELDS: readonly SettingsField<MessageSettingsData>[] = [
  {
    kind: 'textarea',
    path: 'signature',
    rows: 2,
    label: (t) => t.messages.signature,
    help: (t) => t.messages.signatureHint,
  },
  switchedGroup({
    label: (t) => t.messages.autoReplyGroup,
    toggle: {
      path: 'autoReply.enabled',
      label: (t) => t.messages.autoReply,
      help: (t) => t.messages.autoReplyHint,
    },
    fields: [
      {
        kind: 'textarea',
        path: 'autoReply.text',
        label: (t) => t.messages.autoReplyText,
      },
    ],
  }),
  switchedGroup({
    label: (t) => t.messages.forwardGroup,
    toggle: {
      path: 'forwardToEmail.enabled',
      label: (t) => t.messages.forwardToEmail,
      help: (t) => t.messages.forwardToEmailHint,
    },
    fields: [
      {
        kind: 'text',
        path: 'forwardToEmail.email',
        inputType: 'email',
        autocomplete: 'email',
        ltr: true,
        label: (t) => t.messages.forwardEmail,
      },
    ],
  }),
  {
    kind: 'group',
    label: (t) => t.messages.optOut,
    help: (t) => t.messages.optOutHint(OPT_OUT_KEYWORDS_MAX),
    fields: [
      {
        kind: 'keywords',
        path: 'optOut.keywords',
        label: (t) => t.settingsSection.keywords.custom,
        fixed: STANDARD_OPT_OUT_KEYWORDS,
      },
    ],
  },
];
