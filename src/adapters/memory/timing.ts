/** A delay in ms, fixed or drawn evenly from a range. */
export type Latency = number | { min: number; max: number };

export function pickDelay(latency: Latency | undefined): number {
  if (latency === undefined) return 0;
  if (typeof latency === 'number') return Math.max(0, latency);
  const { min, max } = latency;
  return Math.max(0, min + Math.random() * Math.max(0, max - min));
}
