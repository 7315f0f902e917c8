/**
 * `liveQuery(read)`: runs a read (made of this folder's repository reads) again whenever a table it
 * read changes, in any context, the background included. Pages wrap it in signals; the background
 * follows settings with it.
 */
export { liveQuery } from 'dexie';
