/**
 * docs/integrating.md, "Wrapping RestAdapter": an adapter is any object with the methods of
 * `AccountAdapter`, so a decorator over `ADAPTER_METHODS` adds tracing (or anything else) to every
 * call without touching the adapter. The tests run it (test/docs/integrating.test.ts).
 */
import { ADAPTER_METHODS, isAccountError, type AccountAdapter } from '../../src/api/index.js';

export interface Span {
  end(outcome: { error?: string }): void;
}

/** Every call of `inner` inside a span named after the method; failures end it with their code. */
export function withTracing(inner: AccountAdapter, startSpan: (name: string) => Span): AccountAdapter {
  const traced: Partial<Record<keyof AccountAdapter, unknown>> = {};
  for (const method of ADAPTER_METHODS) {
    const call = inner[method] as (...args: unknown[]) => Promise<unknown>;
    traced[method] = async (...args: unknown[]) => {
      const span = startSpan(`account.${method}`);
      try {
        const result = await call.apply(inner, args);
        span.end({});
        return result;
      } catch (error) {
        span.end({ error: isAccountError(error) ? error.code : 'aborted' });
        throw error;
      }
    };
  }
  return traced as AccountAdapter;
}
