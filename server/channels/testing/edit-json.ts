type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

function parentOf(target: unknown, path: string): { parent: Container; key: string } {
  const keys = path.split('.');
  const key = keys.pop() ?? '';
  let parent: unknown = target;
  for (const part of keys) {
    parent = isContainer(parent) ? (parent as Record<string, unknown>)[part] : undefined;
  }
  if (!isContainer(parent)) throw new Error(`No object at "${path}"`);
  return { parent, key };
}

/** A deep copy of a fixture with the value at a dotted path (`line_items.0.sku`) replaced. */
export function withValue<T>(fixture: T, path: string, value: unknown): T {
  const copy = structuredClone(fixture);
  const { parent, key } = parentOf(copy, path);
  (parent as Record<string, unknown>)[key] = value;
  return copy;
}

/** A deep copy of a fixture without the property at a dotted path. */
export function without<T>(fixture: T, path: string): T {
  const copy = structuredClone(fixture);
  const { parent, key } = parentOf(copy, path);
  Reflect.deleteProperty(parent, key);
  return copy;
}
