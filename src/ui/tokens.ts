import { css, unsafeCSS } from 'lit';

/** A value for both colour schemes: `[light, dark]`. */
type SchemeValue = readonly [light: string, dark: string];

/**
 * Every public design token, by name without its `--ae-` prefix, with its default. One table is the
 * single source for the generated styles, the theming guide and the tests, so they cannot drift.
 * Colour pairs are checked for WCAG AA: text tokens reach 4.5:1 on `bg`, `surface`, `surface-raised`
 * and their own `*-surface`; `border-strong` and `focus-ring` reach 3:1 on `surface`.
 */
export const tokens = {
  'font-family':
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', Arial, sans-serif",
  'font-family-mono':
    "ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace",
  'font-size-xs': '0.75rem',
  'font-size-sm': '0.8125rem',
  'font-size-md': '0.875rem',
  'font-size-lg': '1rem',
  'font-size-xl': '1.125rem',
  'font-size-2xl': '1.375rem',
  'font-weight-regular': '400',
  'font-weight-medium': '500',
  'font-weight-semibold': '600',
  'line-height': '1.5',
  'line-height-tight': '1.25',

  'color-bg': ['#f6f7f9', '#0e1014'],
  'color-surface': ['#ffffff', '#16181d'],
  'color-surface-raised': ['#ffffff', '#1e2127'],
  'color-text': ['#1a1d24', '#e9ebf0'],
  'color-text-muted': ['#5d6371', '#a2a8b5'],
  'color-border': ['#e3e5ea', '#2a2e36'],
  'color-border-strong': ['#858b98', '#6b7180'],
  'color-primary': ['#4f46e5', '#8b93f8'],
  'color-primary-hover': ['#4338ca', '#a5acfa'],
  'color-on-primary': ['#ffffff', '#0e1014'],
  'color-danger': ['#c4271e', '#f47d74'],
  'color-danger-hover': ['#a51f17', '#f89b93'],
  'color-danger-surface': ['#fdefee', '#341a1a'],
  'color-on-danger': ['#ffffff', '#0e1014'],
  'color-success': ['#187a3d', '#4ccf7e'],
  'color-success-surface': ['#e9f7ef', '#12281b'],
  'color-warning': ['#94580a', '#f2b544'],
  'color-warning-surface': ['#fdf3e2', '#2f250f'],
  'color-focus-ring': ['#4f46e5', '#a5acfa'],
  'color-backdrop': ['rgb(16 18 24 / 0.45)', 'rgb(0 0 0 / 0.6)'],

  'radius-sm': '6px',
  'radius-md': '8px',
  'radius-lg': '12px',
  'radius-pill': '999px',

  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.25rem',
  'space-6': '1.5rem',
  'space-7': '2rem',
  'space-8': '2.5rem',

  'shadow-sm': '0 1px 2px light-dark(rgb(16 24 40 / 0.05), rgb(0 0 0 / 0.4))',
  'shadow-lg':
    '0 12px 32px -4px light-dark(rgb(16 24 40 / 0.18), rgb(0 0 0 / 0.6)), 0 2px 6px light-dark(rgb(16 24 40 / 0.06), rgb(0 0 0 / 0.4))',

  'control-height': '2.25rem',
  'focus-ring-width': '2px',
  duration: '150ms',
  easing: 'cubic-bezier(0.2, 0, 0, 1)',
} as const satisfies Record<string, string | SchemeValue>;

export type TokenName = keyof typeof tokens;

/** The CSS value a token falls back to when nothing overrides it. */
export function tokenDefault(name: TokenName): string {
  const value: string | SchemeValue = tokens[name];
  return typeof value === 'string' ? value : `light-dark(${value[0]}, ${value[1]})`;
}

/*
 * Each token is read into a private `--_ae-*` property on the host instead of being set as `--ae-*`:
 * a declaration on :host would beat whatever an ancestor sets, so a host page could only theme by
 * targeting every tag. Reading `var(--ae-*, default)` lets a value set on any ancestor win.
 * `light-dark()` stays unresolved inside a custom property and is resolved where it is used, by the
 * colour scheme in effect there. unsafeCSS only ever sees the constants above, never outside input.
 */
const privateTokens = unsafeCSS(
  (Object.keys(tokens) as TokenName[])
    .map((name) => `--_ae-${name}: var(--ae-${name}, ${tokenDefault(name)});`)
    .join('\n'),
);

/**
 * The design tokens, for the `static styles` of every element (and the provider).
 *
 * Colour scheme: with no `theme` attribute the host inherits `color-scheme` like a native form
 * control does, so it follows the page or any ancestor (`:root { color-scheme: light dark }` makes it
 * follow the operating system; `color-scheme: dark` on a wrapper makes it dark). Forcing
 * `light dark` here would paint a dark widget onto a page that is light only. `theme` overrides.
 */
export const tokenStyles = css`
  :host {
    ${privateTokens}
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  @media (prefers-reduced-motion: reduce) {
    /* The person's setting wins over a brand's chosen duration. */
    :host {
      --_ae-duration: 0s;
    }
  }
`;
