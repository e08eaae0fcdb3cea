const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path segment can be an id (every id is a UUID); anything else is answered 404 here. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
