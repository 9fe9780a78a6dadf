// The backend: the contract's mock API (the same handlers the library's demo and tests use) over a
// MemoryAdapter kept in this server's memory, answering /api/… as a real backend would.
import { MemoryAdapter } from 'account-elements/adapters/memory';
import { createHandlers } from 'account-elements/mocks';
import { getResponse, type HttpHandler } from 'msw';

const adapter = new MemoryAdapter({ reverify: [] });
/** Handlers match absolute addresses on a server, so there is one set per origin the page used. */
const handlersByOrigin = new Map<string, HttpHandler[]>();

async function answer(request: Request): Promise<Response> {
  const { origin } = new URL(request.url);
  let handlers = handlersByOrigin.get(origin);
  if (!handlers) {
    handlers = createHandlers(adapter, { baseUrl: `${origin}/api` });
    handlersByOrigin.set(origin, handlers);
  }
  return (await getResponse(handlers, request)) ?? new Response(null, { status: 404 });
}

export { answer as GET, answer as POST, answer as PUT, answer as PATCH, answer as DELETE };
export const dynamic = 'force-dynamic';
