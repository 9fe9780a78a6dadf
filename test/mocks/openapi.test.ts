import { expect } from '@open-wc/testing';
import { parse } from 'yaml';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { ROUTES } from '../../src/api/index.js';
import { createHandlers } from '../../src/mocks/index.js';

type OpenApi = { paths: Record<string, Record<string, unknown>> };

const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'];

async function documentedOperations(): Promise<string[]> {
  const text = await (await fetch('/docs/openapi.yaml')).text();
  const document = parse(text) as OpenApi;
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => HTTP_METHODS.includes(key))
      .map((method) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, ':id')}`),
  );
}

function servedOperations(): string[] {
  return createHandlers(new MemoryAdapter(), { baseUrl: '/api' }).map((handler) => {
    const { method, path } = handler.info as { method: string; path: string };
    return `${method} ${String(path).replace(/^\/api/, '')}`;
  });
}

describe('the REST contract', () => {
  it('the OpenAPI document and the mock API describe the same paths and methods', async () => {
    const documented = (await documentedOperations()).sort();
    const served = servedOperations().sort();
    expect(served).to.deep.equal(documented);
  });

  it('every adapter method has its route documented', async () => {
    const documented = await documentedOperations();
    for (const [method, path] of Object.values(ROUTES)) expect(documented).to.include(`${method} ${path}`);
  });
});
