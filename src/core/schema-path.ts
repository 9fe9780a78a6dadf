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

/** The parts of a zod/mini schema's definition this module reads. */
interface Definition {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  entries?: Record<string, string | number>;
  checks?: { _zod: { def: CheckDefinition } }[];
}

interface CheckDefinition {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
}

function definitionOf(schema: z.ZodMiniType): Definition {
  return schema._zod.def as unknown as Definition;
}

/** What wraps a value without changing what it is. */
const WRAPPERS = new Set(['nullable', 'optional', 'default', 'prefault', 'readonly', 'nonoptional']);

function unwrapped(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  for (
    let def = definitionOf(current);
    WRAPPERS.has(def.type) && def.innerType;
    def = definitionOf(current)
  ) {
    current = def.innerType;
  }
  return current;
}

/** The schema of the value at `path`, through objects, arrays and nullable or optional wrappers. */
export function schemaAt(schema: z.ZodMiniType, path: string): z.ZodMiniType | undefined {
  let current: z.ZodMiniType | undefined = schema;
  for (const segment of pathSegments(path)) {
    if (!current) return undefined;
    const def = definitionOf(unwrapped(current));
    current = def.type === 'object' ? def.shape?.[segment] : def.type === 'array' ? def.element : undefined;
  }
  return current;
}

/** The value may be `null`: an empty text field stands for it. */
export function isNullable(schema: z.ZodMiniType | undefined): boolean {
  let current = schema;
  while (current) {
    const def = definitionOf(current);
    if (def.type === 'nullable') return true;
    current = WRAPPERS.has(def.type) ? def.innerType : undefined;
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
export function limitsAt(schema: z.ZodMiniType, path: string): SchemaLimits {
  const found = schemaAt(schema, path);
  const limits: SchemaLimits = {};
  for (const check of found ? (definitionOf(unwrapped(found)).checks ?? []) : []) {
    const def = check._zod.def;
    const bound = typeof def.value === 'number' && def.inclusive !== false ? def.value : undefined;
    if (def.check === 'greater_than' && bound !== undefined) limits.min = bound;
    if (def.check === 'less_than' && bound !== undefined) limits.max = bound;
    if (def.check === 'min_length') limits.minLength = def.minimum;
    if (def.check === 'max_length') limits.maxLength = def.maximum;
  }
  return limits;
}

/** The allowed values of an enum at a path (the choices of a select), or none. */
export function choicesAt(schema: z.ZodMiniType, path: string): string[] {
  const found = schemaAt(schema, path);
  const def = found && definitionOf(unwrapped(found));
  return def?.type === 'enum' ? Object.values(def.entries ?? {}).map(String) : [];
}
