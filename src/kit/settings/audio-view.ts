import { html, nothing, type TemplateResult } from 'lit';
import { GREETING_AUDIO_MAX_BYTES, GREETING_AUDIO_MAX_SECONDS } from '../../api/index.js';
import { safeUrl } from '../../core/index.js';
import { button } from '../../ui/index.js';
import { actionErrorText } from '../messages.js';
import { audioErrorText, errorAt } from './settings-errors.js';
import { fieldId, textOf, type AudioField } from './settings-fields.js';
import type { SettingsView } from './settings-view.js';

/** What the file picker offers; the bytes decide, whatever is picked. */
const ACCEPT = 'audio/mpeg,audio/wav,audio/x-wav,audio/ogg,audio/mp4,audio/x-m4a,.mp3,.wav,.ogg,.oga,.m4a';

/**
 * A recording: a player for the current one, Upload (or Replace) which opens the file picker and
 * sends the chosen file at once, and Remove. What is wrong with a file, or with the form's use of
 * the field ("upload one first"), shows under the buttons and describes the group, which takes focus
 * when it is the first thing to fix (a group cannot be `aria-invalid`: it is marked `data-problem`).
 */
export function audioField(view: SettingsView, field: AudioField): TemplateResult {
  const { t, files } = view;
  const texts = t.settingsSection.audio;
  const id = fieldId(field);
  const url = safeUrl(stringAt(view.form.valueAt(field.path)));
  const busy = files.busy(field.path);
  const failure = files.failure(field.path);
  // The file's own problems are news (said at once); the form's are said when it is sent.
  const fileProblem =
    audioErrorText(t, files.problem(field.path)) ?? (failure && actionErrorText(t, failure));
  const problem = fileProblem ?? audioErrorText(t, errorAt(view.form.errors, field.path));
  const help = textOf(t, field.help);
  const part = field.part;
  const describedBy = [problem ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ');
  const waiting = view.busy && busy === undefined;
  return html`
    <div
      class="field audio"
      part=${part ? `field ${part}-field` : 'field'}
      role="group"
      aria-labelledby="${id}-label"
      aria-describedby=${describedBy}
      data-problem=${problem ? 'true' : nothing}
      tabindex=${problem ? '-1' : nothing}
    >
      <span id="${id}-label" class="field-label" part=${part ? `label ${part}-label` : 'label'}
        >${textOf(t, field.label)}</span
      >
      ${
        url
          ? html`<audio
              class="audio-player"
              part="audio-player"
              controls
              preload="none"
              src=${url}
              aria-label=${texts.player}
            ></audio>`
          : html`<p class="note">${texts.none}</p>`
      }
      <div class="audio-buttons">
        ${button({
          id,
          label: url ? texts.replace : texts.upload,
          busy: busy === 'upload',
          busyLabel: texts.uploading,
          disabled: waiting,
          onClick: (event) =>
            (event.currentTarget as HTMLElement)
              .closest('.audio')
              ?.querySelector<HTMLInputElement>('input[type=file]')
              ?.click(),
        })}
        ${
          url && field.remove
            ? button({
                label: texts.remove,
                variant: 'ghost',
                busy: busy === 'remove',
                busyLabel: texts.removing,
                disabled: waiting,
                onClick: () => void files.remove(field),
              })
            : nothing
        }
      </div>
      <p id="${id}-hint" class="field-hint" part=${part ? `hint ${part}-hint` : 'hint'}>
        ${[help, texts.hint(GREETING_AUDIO_MAX_BYTES / (1024 * 1024), GREETING_AUDIO_MAX_SECONDS / 60)].filter(Boolean).join(' ')}
      </p>
      ${
        problem
          ? html`<p
              id="${id}-error"
              class="field-error"
              part=${part ? `error ${part}-error` : 'error'}
              role=${fileProblem ? 'alert' : nothing}
            >
              ${problem}
            </p>`
          : nothing
      }
      <input
        class="visually-hidden"
        type="file"
        accept=${ACCEPT}
        tabindex="-1"
        aria-hidden="true"
        @change=${(event: Event) => {
          const input = event.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) void files.choose(field, file);
        }}
      />
    </div>
  `;
}

function stringAt(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
