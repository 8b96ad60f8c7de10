/**
 * One instance per page, whatever the bundling: webpack builds the pane and the commands as separate bundles, each
 * with its own copy of every module, but the shared runtime loads both into one page. Keying the instance on a
 * global symbol makes the ribbon and the pane meet in the same store and the same run queue.
 */
export function pageSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`budget-check.${name}`);
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  return (slots[key] ??= create());
}
