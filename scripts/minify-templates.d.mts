// Types for minify-templates.mjs, which the Vite configs import.
import type { Plugin } from 'vite';

export function minifyTemplates(): Plugin;
