import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { SelectChoice } from './field.js';

/**
 * The options of a long `<select>` (the ~400 time zones), put in only when a person reaches for it.
 *
 * Until then the select holds one option, the current value, so it reads and shows the same (the
 * value is all a screen reader's virtual cursor or a glance reads of a closed select) at a fraction
 * of the nodes. The whole list goes in, synchronously, the moment the select is focused (Tab, its
 * label, a screen reader moving to it) or pressed (mouse, pen or touch, before the browser opens its
 * list), so the arrow keys, type-ahead and the opened list behave as a full select always does. The
 * list is built once per document and cloned after, and stays once put in.
 */
class ChoicesOnDemand extends Directive {
  #select: HTMLSelectElement | undefined;
  #choices: readonly SelectChoice[] = [];
  #value = '';
  /** The list the select holds in full, once it was asked for. */
  #filledWith: readonly SelectChoice[] | undefined;
  #wanted = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('choicesOnDemand() belongs on a <select> element');
  }

  render(_choices: readonly SelectChoice[], _value: string): unknown {
    return noChange;
  }

  override update(part: ElementPart, [choices, value]: [readonly SelectChoice[], string]): unknown {
    if (this.#select !== part.element) this.#listen(part.element as HTMLSelectElement);
    this.#choices = choices;
    this.#value = value;
    this.#show();
    return noChange;
  }

  #listen(select: HTMLSelectElement): void {
    this.#select = select;
    const want = () => {
      if (this.#wanted) return;
      this.#wanted = true;
      this.#show();
    };
    // Capture, so the list is there before any other listener or the browser's own handling reads it.
    for (const type of ['focus', 'pointerdown', 'mousedown', 'touchstart', 'keydown']) {
      select.addEventListener(type, want, { capture: true, passive: true });
    }
  }

  #show(): void {
    const select = this.#select!;
    if (this.#wanted || select.matches(':focus')) {
      this.#wanted = true;
      if (this.#filledWith !== this.#choices) {
        putOptions(select, optionsOf(select.ownerDocument, this.#choices));
        this.#filledWith = this.#choices;
      }
    } else {
      const current = this.#choices.find((choice) => choice.value === this.#value);
      const only = select.options.length === 1 ? select.options[0]! : undefined;
      if (!only || only.value !== this.#value || only.text !== (current?.label ?? '')) {
        const option = select.ownerDocument.createElement('option');
        option.value = this.#value;
        option.text = current?.label ?? '';
        putOptions(select, option);
      }
    }
    // The property, not an attribute: once a person has picked, a browser may ignore the attribute.
    select.value = this.#value;
  }
}

/** The select's options replaced; the template's own marker comments beside them are left alone. */
function putOptions(select: HTMLSelectElement, options: Node): void {
  for (const option of [...select.options]) option.remove();
  select.append(options);
}

/** One built list per document and choices, cloned for every select that asks (a native, fast copy). */
const built = new WeakMap<Document, WeakMap<readonly SelectChoice[], DocumentFragment>>();

function optionsOf(document: Document, choices: readonly SelectChoice[]): DocumentFragment {
  let lists = built.get(document);
  if (!lists) built.set(document, (lists = new WeakMap()));
  let list = lists.get(choices);
  if (!list) {
    list = document.createDocumentFragment();
    for (const choice of choices) {
      const option = document.createElement('option');
      option.value = choice.value;
      option.text = choice.label;
      list.append(option);
    }
    lists.set(choices, list);
  }
  return list.cloneNode(true) as DocumentFragment;
}

/**
 * On a `<select>` with no children of its own: its options are `choices`, with `value` selected, the
 * full list put in only once the select is focused or pressed (see `ChoicesOnDemand`).
 */
export const choicesOnDemand = directive(ChoicesOnDemand);
