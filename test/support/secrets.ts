/**
 * Where a secret (a password, a code, an API key) can still be found from an element, for tests that
 * say an element forgets what it no longer needs. Closures cannot be read; the backend holds secrets
 * by right, so a test names it in `skip`. Answers paths, so a failure says where the secret was left.
 */

/**
 * Every path from `root` to a string holding `secret`: own properties (symbols and non-enumerable
 * ones too, as controllers keep their state there), arrays, maps and sets, recursively. Of a DOM node
 * only what scripts put on it (Lit's parts, an element's own fields) is read, never the page it leads
 * to; the window and the document are left out.
 */
export function pathsHolding(root: unknown, secret: string, skip: readonly object[] = []): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>(skip);
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.includes(secret)) found.push(path);
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Window || value instanceof Document) return;
    if (value instanceof Map) {
      for (const [key, entry] of value) {
        visit(key, `${path}<key>`);
        visit(entry, `${path}.get(${String(key)})`);
      }
    } else if (value instanceof Set) {
      let index = 0;
      for (const entry of value) visit(entry, `${path}<${index++}>`);
    }
    for (const key of Reflect.ownKeys(value)) {
      let entry: unknown;
      try {
        entry = Reflect.get(value, key);
      } catch {
        continue;
      }
      visit(entry, `${path}.${String(key)}`);
    }
  };
  visit(root, 'element');
  return found;
}

/**
 * Where `secret` can be found from `element`: its state (`pathsHolding`), and in its shadow root and
 * its light DOM every attribute, the markup, and the values of inputs.
 */
export function tracesOf(secret: string, element: HTMLElement, skip: readonly object[] = []): string[] {
  const traces = pathsHolding(element, secret, skip);
  const root = element.shadowRoot;
  const nodes = [element, ...element.querySelectorAll('*'), ...(root?.querySelectorAll('*') ?? [])];
  for (const node of nodes) {
    for (const attribute of node.attributes) {
      if (attribute.value.includes(secret)) traces.push(`attribute ${attribute.name} of <${node.localName}>`);
    }
    if (
      (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) &&
      node.value.includes(secret)
    ) {
      traces.push(`value of <${node.localName}> #${node.id}`);
    }
  }
  if (root?.innerHTML.includes(secret)) traces.push('shadow DOM markup');
  if (element.innerHTML.includes(secret)) traces.push('light DOM markup');
  return traces;
}
