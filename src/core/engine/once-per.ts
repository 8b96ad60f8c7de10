/**
 * A fact derived from one object of this check (a recognised table or workbook), worked out the first time a rule
 * asks and shared by the rules that ask after it; nothing is shared between checks, even of the same snapshot.
 *
 * Inside a check (`inCheck`, opened by checkWorkbook) the facts are kept in maps made with the check and dropped
 * with it. A module-level WeakMap would do the same for correctness, but it lives in V8's old generation, and the
 * young-generation collector keeps the values of such a WeakMap alive whatever became of their keys. Each check's
 * recognised workbook (1.4 MB on the 20,000-item workbook, through the facts that point back to its rows) then
 * outlived it until the next full collection: copied and promoted by every scavenge on the way, its typed arrays'
 * memory held (60 checks in one process: 61 MB promoted with WeakMaps, 8 MB with maps made per check).
 * Outside a check (a rule or helper called on its own, as in tests) a WeakMap per fact keeps the answers.
 */

/** The facts of the check being run, per deriving function and object; undefined outside a check. */
let checkFacts: Map<object, Map<object, unknown>> | undefined;

/** Runs a check: facts asked during it are derived once and dropped with it (see above). */
export function inCheck<T>(run: () => T): T {
  const outer = checkFacts;
  checkFacts = new Map();
  try {
    return run();
  } finally {
    checkFacts = outer;
  }
}

export function oncePer<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const outside = new WeakMap<K, V>();
  return (key) => {
    let facts: Map<K, V> | WeakMap<K, V> = outside;
    if (checkFacts !== undefined) {
      let mine = checkFacts.get(derive) as Map<K, V> | undefined;
      if (mine === undefined) checkFacts.set(derive, (mine = new Map<K, V>()));
      facts = mine;
    }
    let value = facts.get(key);
    if (value === undefined) {
      value = derive(key);
      facts.set(key, value);
    }
    return value;
  };
}
