/** Every event of this name heard on `target` from now on, in order. */
export function recordEvents<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
): GlobalEventHandlersEventMap[K][] {
  const heard: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(name, (event) => heard.push(event as GlobalEventHandlersEventMap[K]));
  return heard;
}
