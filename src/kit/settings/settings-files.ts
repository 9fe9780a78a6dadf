import type { ReactiveControllerHost } from 'lit';
import { AccountError, inspectGreetingAudio, type FieldError } from '../../api/index.js';
import { ActionController, shownInPlace, type ActionHost } from '../../core/index.js';
import type { AudioField } from './settings-fields.js';

export type FileChange = 'upload' | 'remove';

export interface SettingsFilesOptions<T> {
  /** Keeps an answer (the whole settings) where the section reads them. */
  keep: (settings: T) => void;
  onChanged: (settings: T, change: FileChange) => void;
}

/**
 * The recordings of a settings section: a chosen file checked here first (size, bytes, length, as
 * the backend checks it), then uploaded at once; or removed. Failures show at the field.
 */
export class SettingsFiles<T> {
  readonly uploading: ActionController<[AudioField<T>, Blob], T>;
  readonly removing: ActionController<[AudioField<T>], T>;
  private readonly host: ReactiveControllerHost;
  /** The field the last action was for, where its failure shows. */
  private path?: string;
  /** Why the chosen file was not sent. */
  private refused?: FieldError;

  constructor(host: ActionHost, options: SettingsFilesOptions<T>) {
    this.host = host;
    const saves = (settings: T) => options.keep(settings);
    this.uploading = new ActionController<[AudioField<T>, Blob], T>(host, {
      call: (adapter, [field, file], callOptions) => field.upload(adapter, file, callOptions),
      saves,
      onSuccess: (settings) => options.onChanged(settings, 'upload'),
      onFailure: shownInPlace,
    });
    this.removing = new ActionController<[AudioField<T>], T>(host, {
      call: (adapter, [field], callOptions) =>
        field.remove
          ? field.remove(adapter, callOptions)
          : Promise.reject(new AccountError('unsupported', 'This recording cannot be removed')),
      saves,
      onSuccess: (settings) => options.onChanged(settings, 'remove'),
      onFailure: shownInPlace,
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

  async choose(field: AudioField<T>, file: File): Promise<void> {
    this.start(field);
    const inspection = await inspectGreetingAudio(file);
    if (!inspection.ok) {
      this.refused = inspection.error;
      this.host.requestUpdate();
      return;
    }
    await this.uploading.run(field, file);
  }

  async remove(field: AudioField<T>): Promise<void> {
    this.start(field);
    await this.removing.run(field);
  }

  private start(field: AudioField<T>): void {
    this.path = field.path;
    this.refused = undefined;
    this.uploading.reset();
    this.removing.reset();
  }
}
