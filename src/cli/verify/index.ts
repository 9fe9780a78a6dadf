export { verify } from './run.js';
export { buildReport, formatReport } from './report.js';
export { preflightHeaders, preflightProblems } from './cors.js';
export type * from './types.js';
