import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { status, type StatusTone } from '../ui/index.js';

/**
 * The element's one live region, cleared and set in one place: saves said politely, failures
 * assertively. Saying the same message twice clears it first, so it is announced again.
 */
export class Announcer {
  message = '';
  tone: StatusTone = 'info';
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  say(message: string, tone: StatusTone = 'info'): void {
    if (message !== '' && message === this.message && tone === this.tone) {
      // A live region announces changes only: empty it for one render, then say it again.
      this.set('', tone);
      void this.host.updateComplete.then(() => this.set(message, tone));
      return;
    }
    this.set(message, tone);
  }

  success(message: string): void {
    this.say(message, 'success');
  }

  failure(message: string): void {
    this.say(message, 'error');
  }

  clear(): void {
    this.set('', 'info');
  }

  render(): TemplateResult {
    return status({ message: this.message, tone: this.tone });
  }

  private set(message: string, tone: StatusTone): void {
    this.message = message;
    this.tone = tone;
    this.host.requestUpdate();
  }
}
