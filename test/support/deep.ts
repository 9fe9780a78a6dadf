/**
 * Every element under `root`, inside shadow roots too, each with the tag of the host whose shadow
 * root (or light DOM) it is in: for checks that hold for a whole page, whatever element drew what.
 */
export function deepElements(root: Element, host = root.localName): [host: string, element: Element][] {
  const found: [string, Element][] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    found.push([host, element]);
    if (element.shadowRoot) {
      for (const child of element.shadowRoot.children) found.push(...deepElements(child, element.localName));
    }
  }
  return found;
}

/** An element as a person debugging a failure finds it: `<host> tag.class.class`. */
export function describeElement([host, element]: [string, Element]): string {
  return `${host} ${[element.localName, ...element.classList].join('.')}`;
}
