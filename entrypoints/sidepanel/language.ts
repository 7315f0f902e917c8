import { preloadRememberedLanguage } from '@/lib/ui/language-memory';

// A script of its own, ahead of the panel's: it starts loading the messages of the language the
// panel last showed before the panel's own code runs.
preloadRememberedLanguage();
