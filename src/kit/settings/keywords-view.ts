import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { validate, type FieldError } from '../../api/index.js';
import { isPathWithin, schemaAt } from '../../core/index.js';
import { button, textInput } from '../../ui/index.js';
import { settingsErrorText } from './settings-errors.js';
import { fieldId, textOf, type KeywordsField } from './settings-fields.js';
import { limitsOf, listAt, type SettingsView } from './settings-view.js';

/** What is typed into each keywords field's input, and why it was not added. */
export class KeywordEntries {
  private readonly typed = new Map<string, string>();
  private readonly refusals = new Map<string, string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  text(path: string): string {
    return this.typed.get(path) ?? '';
  }

  problem(path: string): string {
    return this.refusals.get(path) ?? '';
  }

  type(path: string, text: string): void {
    this.typed.set(path, text);
    this.refusals.delete(path);
    this.host.requestUpdate();
  }

  refuse(path: string, problem: string): void {
    this.refusals.set(path, problem);
    this.host.requestUpdate();
  }
}

/**
 * A list of keywords: the fixed ones shown as always on, the person's own each with a Remove
 * button, and an input with Add (or Enter) for a new one. A new keyword is checked by the list's
 * schema before it joins the list (too long, not one word, a repeat), and said at the input; the
 * list is saved with the form.
 */
export function keywordsEditor(view: SettingsView, field: KeywordsField): TemplateResult {
  const { t } = view;
  const texts = t.settingsSection.keywords;
  const id = fieldId(field);
  const keywords = listAt<string>(view, field.path);
  const typed = view.keywords.text(field.path);
  const help = textOf(t, field.help);
  const listProblems = problemsOfList(view, field, keywords);
  const entryProblem = view.keywords.problem(field.path);
  const part = field.part;
  const add = () => addKeyword(view, field, keywords, typed);
  return html`
    <div
      class="field keywords"
      part=${part ? `keywords ${part}-keywords` : 'keywords'}
      role="group"
      aria-labelledby="${id}-heading"
    >
      ${help ? html`<p class="field-hint">${help}</p>` : nothing}
      ${
        field.fixed?.length
          ? html`<p class="note">${texts.standardNote}</p>
              <ul class="chips" aria-label=${texts.standard}>
                ${field.fixed.map(
                  (keyword) =>
                    html`<li class="chip chip--fixed" part="keyword">
                      <bdi>${keyword}</bdi>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <span id="${id}-heading" class="field-label keywords-label">${textOf(t, field.label)}</span>
      ${
        keywords.length > 0
          ? html`<ul class="chips" aria-label=${texts.custom}>
              ${keywords.map((keyword, index) =>
                chip(view, field, keyword, index, keywords, listProblems.has(index)),
              )}
            </ul>`
          : html`<p class="note">${texts.none}</p>`
      }
      <div
        class="keyword-entry"
        @keydown=${(event: KeyboardEvent) => {
          // Enter adds the keyword; it must not send the whole form half-typed.
          if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
          event.preventDefault();
          add();
        }}
      >
        ${textInput({
          id,
          label: texts.newKeyword,
          value: typed,
          autocapitalize: 'characters',
          spellcheck: false,
          maxlength: limitsOf(view, `${field.path}.0`).maxLength,
          error: entryProblem || listProblemText(view, field, keywords) || undefined,
          part,
          onInput: (value) => view.keywords.type(field.path, value),
          trailing: button({
            label: texts.add,
            size: 'sm',
            onClick: add,
          }),
        })}
      </div>
    </div>
  `;
}

function chip(
  view: SettingsView,
  field: KeywordsField,
  keyword: string,
  index: number,
  keywords: readonly string[],
  invalid: boolean,
): TemplateResult {
  const texts = view.t.settingsSection.keywords;
  return html`
    <li class=${invalid ? 'chip chip--invalid' : 'chip'} part="keyword">
      <bdi>${keyword}</bdi>
      <button
        type="button"
        class="chip-remove"
        part="keyword-remove"
        aria-label=${texts.remove(keyword)}
        @click=${() => {
          view.form.set(
            field.path,
            keywords.filter((_, at) => at !== index),
          );
          // The button is gone: focus goes back to where keywords are typed.
          view.focusLater(fieldId(field));
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  `;
}

/** The indexes of the keywords the form's errors name. */
function problemsOfList(view: SettingsView, field: KeywordsField, keywords: readonly string[]): Set<number> {
  const indexes = new Set<number>();
  for (const key of Object.keys(view.form.errors)) {
    if (!isPathWithin(key, field.path) || key === field.path) continue;
    const index = Number(key.slice(field.path.length + 1).split('.')[0]);
    if (Number.isInteger(index) && index < keywords.length) indexes.add(index);
  }
  return indexes;
}

/** The form's errors about the list, said with the keyword each is about. */
function listProblemText(view: SettingsView, field: KeywordsField, keywords: readonly string[]): string {
  const texts = view.t.settingsSection.keywords;
  const limits = limitsOf(view, field.path);
  return Object.entries(view.form.errors)
    .filter(([key]) => isPathWithin(key, field.path))
    .map(([key, error]) => {
      const said = settingsErrorText(view.t, error, limits) ?? '';
      if (key === field.path) return said;
      const keyword = keywords[Number(key.slice(field.path.length + 1).split('.')[0])];
      return keyword === undefined ? said : texts.problem(keyword, said);
    })
    .join(' ');
}

/**
 * Checks the typed keyword alone (one word, not too long), then the list with it (not a repeat, not
 * too many); a good one joins the list as the schema writes it (upper-case, trimmed).
 */
function addKeyword(
  view: SettingsView,
  field: KeywordsField,
  keywords: readonly string[],
  typed: string,
): void {
  const schema = view.schema;
  const itemSchema = schema && schemaAt(schema, `${field.path}.0`);
  const listSchema = schema && schemaAt(schema, field.path);
  const refuse = (problem: FieldError | undefined): void => {
    view.keywords.refuse(field.path, settingsErrorText(view.t, problem, limitsOf(view, field.path)) ?? '');
    view.focusLater(fieldId(field));
  };
  const item = itemSchema ? validate(itemSchema, typed) : { ok: true as const, data: typed.trim() };
  if (!item.ok) return refuse(item.fields[''] ?? Object.values(item.fields)[0]);
  if (item.data === '') return refuse({ code: 'required' });
  const candidate = [...keywords, item.data];
  const list = listSchema ? validate(listSchema, candidate) : { ok: true as const };
  const problem = list.ok ? undefined : (list.fields[String(keywords.length)] ?? list.fields['']);
  if (problem) return refuse(problem);
  view.form.set(field.path, candidate);
  view.keywords.type(field.path, '');
}
