export * from './schemas.js';
export * from './errors.js';
export * from './adapter.js';
export * from './validate.js';
export * from './routes.js';
export * from './image.js';
export * from './delay.js';
export * from './idempotency.js';
