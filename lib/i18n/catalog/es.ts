import { messages } from '../messages';

/**
 * Every message in one language, loaded on its own. The release build replaces this module with the
 * messages themselves (scripts/vite/messages-per-language.ts), so a page downloads one language.
 */
export default messages.es;
