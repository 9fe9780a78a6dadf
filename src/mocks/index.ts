export { createHandlers, type HandlerOptions } from './handlers.js';
export { startMockApi, type MockApi, type MockApiOptions } from './browser.js';
export { problemBody, problemResponse } from './problem.js';
