/**
 * The base of every event the elements fire: it bubbles and crosses shadow roots, so a host can
 * listen on the element, a wrapper or `document`. Each event is a subclass with typed fields, named
 * `account-<thing>-<past tense>` (`account-<thing>-requested` for a cancelable request).
 */
export abstract class AccountEvent extends Event {
  constructor(name: string, init: { cancelable?: boolean } = {}) {
    super(name, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }
}
