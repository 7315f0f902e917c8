import '../lib/domain/zod-setup';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGES } from '../lib/domain/languages';
import { loadLanguage } from '../lib/i18n/i18n';

// Pages load a language before they render; tests may switch to any at once.
await Promise.all(LANGUAGES.map(loadLanguage));

beforeEach(() => {
  fakeBrowser.reset();
});
