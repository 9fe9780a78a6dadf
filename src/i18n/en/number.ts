import { formatNumber } from '../format.js';

/** Numbers inside sentences, written as English writes them (1,284). */
export const n = (value: number): string => formatNumber('en', value);
