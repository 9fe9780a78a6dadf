import { html, nothing, type TemplateResult } from 'lit';
import type { BackupCodes } from '../../api/index.js';
import { formatDateTime, type Catalog } from '../../i18n/index.js';
import type { Announcer } from '../../kit/index.js';
import { button, downloadText } from '../../ui/index.js';
import { copyAndSay } from './two-step-view.js';

export interface BackupCodesViewOptions {
  t: Catalog;
  codes: BackupCodes;
  /** A set made to replace another: the old one no longer works. */
  replaced: boolean;
  /** Where the copy is said. */
  announcer: Announcer;
  onDownload: () => void;
  onDone: () => void;
}

/**
 * Backup codes just made, shown this once (the backend keeps only their hashes): the warning, the
 * codes, and the ways to keep them, Copy and Download, before the person says they are saved.
 */
export function backupCodesView(options: BackupCodesViewOptions): TemplateResult {
  const texts = options.t.twoStep;
  return html`
    <div class="notice notice--warning backup-codes" id="backup-codes" part="backup-codes">
      <p class="method-heading" id="backup-codes-heading" tabindex="-1">${texts.codesHeading}</p>
      <p>${texts.shownOnce}${options.replaced ? html` ${texts.oldCodesGone}` : nothing}</p>
      <ol
        class="code-list"
        id="backup-code-list"
        part="code-list"
        dir="ltr"
        aria-labelledby="backup-codes-heading"
      >
        ${options.codes.codes.map((code) => html`<li><code>${code}</code></li>`)}
      </ol>
      <div class="button-row">
        ${button({
          label: texts.copyCodes,
          id: 'backup-codes-copy',
          onClick: () =>
            void copyAndSay(
              options.announcer,
              options.codes.codes.join('\n'),
              texts.codesCopied,
              texts.copyFailed,
            ),
        })}
        ${button({ label: texts.download, id: 'backup-codes-download', onClick: options.onDownload })}
        ${button({ label: texts.saved, id: 'backup-codes-done', variant: 'primary', onClick: options.onDone })}
      </div>
    </div>
  `;
}

/** The codes as a text file: what they are, when they were made, one code a line. */
export function backupCodesFile(t: Catalog, locale: string, codes: BackupCodes): string {
  const texts = t.twoStep;
  const lines = [
    texts.fileHeading(formatDateTime(locale, codes.generatedAt)),
    texts.fileNote,
    '',
    ...codes.codes,
  ];
  // CRLF: read as lines by every editor, Notepad included.
  return `${lines.join('\r\n')}\r\n`;
}

/** Saves the codes as a text file of the person's, through a link in `parent` (the element's root). */
export function downloadBackupCodes(
  t: Catalog,
  locale: string,
  codes: BackupCodes,
  parent: ParentNode & Node,
): void {
  downloadText(t.twoStep.fileName, backupCodesFile(t, locale, codes), parent);
}
