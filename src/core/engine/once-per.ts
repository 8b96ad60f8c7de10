/**
 * A fact derived from one object of this check (a recognised table or workbook), worked out the first time a rule
 * asks and shared by the rules that ask after it. Kept weakly by that object, so it lives exactly as long as the
 * check's recognised workbook: nothing is shared between checks, even of the same snapshot.
 */
export function oncePer<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const derived = new WeakMap<K, V>();
  return (key) => {
    let value = derived.get(key);
    if (value === undefined) {
      value = derive(key);
      derived.set(key, value);
    }
    return value;
  };
}
