// Types for registrations.mjs, which the TypeScript configs (Vite, Storybook) import.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

export function registersTags(file: string): boolean;
export function keepRegistrations(): Plugin;
export function keepRegistrationsEsbuild(): EsbuildPlugin;
