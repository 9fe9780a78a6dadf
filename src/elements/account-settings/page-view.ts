import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../../i18n/index.js';
import { button, type HeadingLevel } from '../../ui/index.js';
import { groupOf, SECTION_GROUPS, type SectionGroupId } from './sections.js';

/** A section in the navigation. */
export interface NavEntry {
  id: string;
  /** Read at each render: the locale's catalog may arrive after the sections do. */
  label: (t: Catalog) => string;
  element: HTMLElement;
}

export interface SettingsPageOptions {
  t: Catalog;
  headingLevel: HeadingLevel;
  entries: readonly NavEntry[];
  /** The id of the section marked current. */
  current: string | undefined;
  /** The narrow page's navigation menu is open. */
  navOpen: boolean;
  onToggle: () => void;
  onNavClick: (event: MouseEvent, id: string) => void;
}

/** The page's heading, its section navigation, and the slot the sections go in. */
export function settingsPage(options: SettingsPageOptions): TemplateResult {
  const { t: catalog, entries } = options;
  const t = catalog.settings;
  // Before anything is scrolled to, the page starts at its first section.
  const current = entries.find((entry) => entry.id === options.current) ?? entries[0];
  const currentLabel = current?.label(catalog) ?? t.sections;
  return html`<div class="page">
    ${pageHeading(options.headingLevel, t.heading)}
    <div class="layout">
      <nav class="nav" part="nav" aria-label=${t.navigation}>
        ${button({
          label: t.sectionsMenu(currentLabel),
          id: 'nav-toggle',
          onClick: options.onToggle,
          part: 'nav-toggle',
        })}
        <ul id="nav-list" class="nav-list" part="nav-list" ?data-open=${options.navOpen}>
          ${runs(entries).map((run) => (run.group ? navGroup(options, run.group, run.entries) : navLink(options, run.entries[0]!)))}
        </ul>
      </nav>
      <div class="content" part="content"><slot></slot></div>
    </div>
  </div>`;
}

/** Entries in a row that share a group go together; an entry of no group is a run of its own. */
function runs(entries: readonly NavEntry[]): { group: SectionGroupId | undefined; entries: NavEntry[] }[] {
  const found: { group: SectionGroupId | undefined; entries: NavEntry[] }[] = [];
  for (const entry of entries) {
    const group = groupOf(entry.id);
    const last = found.at(-1);
    if (group && last?.group === group) last.entries.push(entry);
    else found.push({ group, entries: [entry] });
  }
  return found;
}

/** A group's name over its sections' links, a list of its own, named by it for screen readers. */
function navGroup(options: SettingsPageOptions, group: SectionGroupId, entries: NavEntry[]): TemplateResult {
  const id = `nav-group-${group}`;
  return html`<li class="nav-group" data-group=${group}>
    <span class="nav-group-label" id=${id}>${SECTION_GROUPS[group].label(options.t)}</span>
    <ul class="nav-group-list" aria-labelledby=${id}>
      ${entries.map((entry) => navLink(options, entry))}
    </ul>
  </li>`;
}

function navLink(options: SettingsPageOptions, entry: NavEntry): TemplateResult {
  return html`<li>
    <a
      class="nav-link"
      part="nav-link"
      href=${`#${entry.id}`}
      aria-current=${entry.id === options.current ? 'location' : nothing}
      @click=${(event: MouseEvent) => options.onNavClick(event, entry.id)}
      >${entry.label(options.t)}</a
    >
  </li>`;
}

// One literal template per level: a tag name cannot be a binding.
function pageHeading(level: HeadingLevel, text: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class="page-heading" part="heading">${text}</h1>`;
    case 2:
      return html`<h2 class="page-heading" part="heading">${text}</h2>`;
    case 3:
      return html`<h3 class="page-heading" part="heading">${text}</h3>`;
    case 4:
      return html`<h4 class="page-heading" part="heading">${text}</h4>`;
    case 5:
      return html`<h5 class="page-heading" part="heading">${text}</h5>`;
    case 6:
      return html`<h6 class="page-heading" part="heading">${text}</h6>`;
  }
}
