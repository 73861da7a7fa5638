/**
 * Compact lists of integers grouped by key (compressed sparse rows): `ids` of key `k` are
 * `values[offsets[k]] … values[offsets[k + 1] - 1]`, sorted ascending so membership is a
 * binary search. Two typed arrays instead of a Map per key keep a million passages small.
 */
export interface Rows {
  offsets: Int32Array;
  values: Int32Array;
}

/** Build rows from per-key lists (each list is sorted and deduplicated here). */
export function rowsFromLists(lists: ArrayLike<number>[]): Rows {
  let total = 0;
  for (const list of lists) total += list.length;
  const offsets = new Int32Array(lists.length + 1);
  const values = new Int32Array(total);
  let at = 0;
  lists.forEach((list, key) => {
    const sorted = Int32Array.from(list).sort();
    let last = -1;
    for (const v of sorted) {
      if (v !== last) values[at++] = v;
      last = v;
    }
    offsets[key + 1] = at;
  });
  return { offsets, values: at === total ? values : values.slice(0, at) };
}

/**
 * Invert rows: for rows "key → values", build "value → keys" over `size` values, in one
 * counting pass (no per-value arrays).
 */
export function invertRows(rows: Rows, size: number): Rows {
  const counts = new Int32Array(size + 1);
  for (let i = 0; i < rows.values.length; i++) counts[rows.values[i]! + 1]! += 1;
  for (let v = 0; v < size; v++) counts[v + 1]! += counts[v]!;
  const offsets = counts.slice();
  const fill = counts.slice(0, size);
  const values = new Int32Array(rows.values.length);
  const keys = rows.offsets.length - 1;
  for (let k = 0; k < keys; k++) {
    for (let i = rows.offsets[k]!; i < rows.offsets[k + 1]!; i++) {
      const v = rows.values[i]!;
      values[fill[v]!++] = k;
    }
  }
  return { offsets, values };
}

/** Number of values of a key. */
export function rowLength(rows: Rows, key: number): number {
  return rows.offsets[key + 1]! - rows.offsets[key]!;
}

/** Whether key `key` has value `value` (binary search). */
export function rowHas(rows: Rows, key: number, value: number): boolean {
  let lo = rows.offsets[key]!;
  let hi = rows.offsets[key + 1]! - 1;
  const values = rows.values;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
