/**
 * An item without its empty optional fields: null (from a database column) and undefined (from a
 * form's output) both drop the field, so an item read back or edited equals the one written.
 */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}
