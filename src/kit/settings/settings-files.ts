import type { ReactiveControllerHost } from 'lit';
import { inspectGreetingAudio, type AccountError, type FieldError } from '../../api/index.js';
import { ActionController, type AccountStore, type ActionHost } from '../../core/index.js';
import type { AudioField } from './settings-fields.js';

export type FileChange = 'upload' | 'remove';

export interface SettingsFilesOptions {
  /** Keeps an answer (the whole settings) where the section reads them. */
  keep: (settings: unknown, store: AccountStore) => void;
  onChanged: (settings: unknown, change: FileChange) => void;
}

/**
 * The recordings of a settings section: a chosen file checked here first (size, bytes, length, as
 * the backend checks it), then uploaded at once; or removed. Failures show at the field, so both
 * actions are quiet towards the element.
 */
export class SettingsFiles {
  readonly uploading: ActionController<[AudioField, Blob], unknown>;
  readonly removing: ActionController<[AudioField], unknown>;
  private readonly host: ReactiveControllerHost;
  /** The field the last action was for, where its failure shows. */
  private path?: string;
  /** Why the chosen file was not sent. */
  private refused?: FieldError;

  constructor(host: ActionHost, options: SettingsFilesOptions) {
    this.host = host;
    const saves = (settings: unknown, store: AccountStore) => options.keep(settings, store);
    this.uploading = new ActionController<[AudioField, Blob], unknown>(host, {
      call: (adapter, [field, file], callOptions) => field.upload(adapter, file, callOptions),
      saves,
      quiet: true,
      onSuccess: (settings) => options.onChanged(settings, 'upload'),
    });
    this.removing = new ActionController<[AudioField], unknown>(host, {
      call: (adapter, [field], callOptions) =>
        field.remove ? field.remove(adapter, callOptions) : Promise.resolve(undefined),
      saves,
      quiet: true,
      onSuccess: (settings) => options.onChanged(settings, 'remove'),
    });
  }

  get pending(): boolean {
    return this.uploading.pending || this.removing.pending;
  }

  busy(path: string): FileChange | undefined {
    if (this.path !== path) return undefined;
    if (this.uploading.pending) return 'upload';
    return this.removing.pending ? 'remove' : undefined;
  }

  /** What is wrong with the file chosen for this field, or with the last change of it. */
  problem(path: string): FieldError | undefined {
    if (this.path !== path) return undefined;
    if (this.refused) return this.refused;
    const error = this.uploading.error ?? this.removing.error;
    return error ? Object.values(error.fields)[0] : undefined;
  }

  /** A failure of the last change of this field that belongs to no field (offline, say). */
  failure(path: string): AccountError | undefined {
    if (this.path !== path) return undefined;
    const error = this.uploading.error ?? this.removing.error;
    return error && Object.keys(error.fields).length === 0 ? error : undefined;
  }

  async choose(field: AudioField, file: File): Promise<void> {
    this.start(field);
    const inspection = await inspectGreetingAudio(file);
    if (!inspection.ok) {
      this.refused = inspection.error;
      this.host.requestUpdate();
      return;
    }
    await this.uploading.run(field, file);
  }

  async remove(field: AudioField): Promise<void> {
    this.start(field);
    await this.removing.run(field);
  }

  private start(field: AudioField): void {
    this.path = field.path;
    this.refused = undefined;
    this.uploading.reset();
    this.removing.reset();
  }
}
