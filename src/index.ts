/**
 * `account-elements`: importing this registers every element's tag and exposes the contract.
 */
export * from './api/index.js';
