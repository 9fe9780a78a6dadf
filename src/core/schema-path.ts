import type * as z from 'zod/mini';

/*
 * Values and schemas at a path (`voicemail.ringSeconds`, `hours.days.2.open`): the path a field
 * error names is the path a field reads and writes, so a settings field is described by its path
 * alone and the schema says the rest (its limits, its choices, whether it may be empty).
 */

/** The path's segments; a number-like segment indexes an array. */
export function pathSegments(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

/** The value at `path`, or undefined when anything on the way is missing. */
export function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of pathSegments(path)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** A copy of `value` with `next` at `path`; the objects and arrays on the way are copied, the rest shared. */
export function withValueAt<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = pathSegments(path);
  if (head === undefined) return next as T;
  const container: unknown = value;
  const child =
    typeof container === 'object' && container !== null ? Reflect.get(container, head) : undefined;
  const replaced = withValueAt(child, rest.join('.'), next);
  if (Array.isArray(container)) {
    const copy = [...(container as unknown[])];
    copy[Number(head)] = replaced;
    return copy as T;
  }
  return { ...(container as object), [head]: replaced } as T;
}

/** Two values are the same input: one object, or equal as JSON (as they are sent). */
export function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** `inner` is `outer` itself or lies under it: `hours.days.2.open` is under `hours.days`. */
export function isPathWithin(inner: string, outer: string): boolean {
  return outer === '' || inner === outer || inner.startsWith(`${outer}.`);
}

/**
 * Whether a schema or check is of one of zod's kinds, by the trait names every zod instance carries
 * (what zod's own `instanceof` reads). Naming the classes instead would bring all of zod's core into
 * every bundle that reads a settings schema, through the namespace.
 */
function isA<T>(value: { _zod: object }, trait: string): value is typeof value & T {
  // Checks carry traits too, though zod's types declare them on schemas only.
  const internals: { traits?: Set<string> } = value._zod;
  return internals.traits?.has(trait) === true;
}

/** What wraps a value without changing what it is. */
const WRAPPERS = [
  '$ZodNullable',
  '$ZodOptional',
  '$ZodDefault',
  '$ZodPrefault',
  '$ZodReadonly',
  '$ZodNonOptional',
];

/** The schema a wrapper (nullable, optional, a default and the like) holds. */
function innerOf(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  return WRAPPERS.some((trait) => isA<z.core.$ZodNullable>(schema, trait))
    ? (schema as z.core.$ZodNullable)._zod.def.innerType
    : undefined;
}

function unwrapped(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let inner = innerOf(current); inner; inner = innerOf(current)) current = inner;
  return current;
}

/** The schema of the value at `path`, through objects, arrays and nullable or optional wrappers. */
export function schemaAt(schema: z.core.$ZodType, path: string): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (const segment of pathSegments(path)) {
    if (!current) return undefined;
    const found = unwrapped(current);
    if (isA<z.core.$ZodObject>(found, '$ZodObject')) current = found._zod.def.shape[segment];
    else if (isA<z.core.$ZodArray>(found, '$ZodArray')) current = found._zod.def.element;
    else current = undefined;
  }
  return current;
}

/** The value may be `null`: an empty text field stands for it. */
export function isNullable(schema: z.core.$ZodType | undefined): boolean {
  for (let current = schema; current; current = innerOf(current)) {
    if (isA<z.core.$ZodNullable>(current, '$ZodNullable')) return true;
  }
  return false;
}

/** The bounds a schema's checks set: a number's `min`/`max`, a text's or a list's length. */
export interface SchemaLimits {
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
}

/**
 * The limits at a path, read from the schema's own checks, so an input's `maxlength`, `min` and
 * `max` are the contract's and never typed again. An exclusive bound is left out.
 */
export function limitsAt(schema: z.core.$ZodType, path: string): SchemaLimits {
  const found = schemaAt(schema, path);
  const limits: SchemaLimits = {};
  for (const check of found ? (unwrapped(found)._zod.def.checks ?? []) : []) {
    if (
      isA<z.core.$ZodCheckGreaterThan>(check, '$ZodCheckGreaterThan') ||
      isA<z.core.$ZodCheckLessThan>(check, '$ZodCheckLessThan')
    ) {
      const { check: kind, value, inclusive } = check._zod.def;
      // An exclusive bound is left out: "at least N" would be off by one.
      if (typeof value !== 'number' || inclusive === false) continue;
      if (kind === 'greater_than') limits.min = value;
      else limits.max = value;
    }
    if (isA<z.core.$ZodCheckMinLength>(check, '$ZodCheckMinLength'))
      limits.minLength = check._zod.def.minimum;
    if (isA<z.core.$ZodCheckMaxLength>(check, '$ZodCheckMaxLength'))
      limits.maxLength = check._zod.def.maximum;
  }
  return limits;
}

/** The allowed values of an enum at a path (the choices of a select), or none. */
export function choicesAt(schema: z.core.$ZodType, path: string): string[] {
  const found = schemaAt(schema, path);
  const inner = found && unwrapped(found);
  return inner && isA<z.core.$ZodEnum>(inner, '$ZodEnum')
    ? Object.values(inner._zod.def.entries).map(String)
    : [];
}
