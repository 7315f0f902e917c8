import { common } from './common';
import { errors } from './errors';
import { options } from './options';
import { absence } from './absence';
import { history } from './history';
import { afterHours } from './after-hours';
import { templates } from './templates';
import { conversation } from './conversation';
import { search } from './search';
import { contactos } from './contactos';
import { replies } from './replies';
import { delivery } from './delivery';
import { routing } from './routing';
import { layout } from './layout';
import { robustness } from './robustness';
import { reliability } from './reliability';
import { alerts } from './alerts';
import { callbacks } from './callbacks';
import { trends } from './trends';

/** Feature message files, merged. Add a feature's file here. */
const parts = [common, errors, options, absence, search, contactos, history, afterHours, templates, conversation, replies, delivery, routing, layout, robustness, reliability, alerts, callbacks, trends] as const;

type Merge<P extends readonly { es: object }[]> = P extends readonly [infer H extends { es: object }, ...infer R extends { es: object }[]]
  ? H['es'] & Merge<R>
  : unknown;

export type Messages = { [K in keyof Merge<typeof parts>]: string };
export type MessageKey = keyof Messages;

function merge(language: 'es' | 'pt_BR' | 'en'): Messages {
  return Object.assign({}, ...parts.map((part) => part[language])) as Messages;
}

export const messages = { es: merge('es'), pt_BR: merge('pt_BR'), en: merge('en') };

/** The Spanish keys a feature file's Portuguese or English part lacks (`never` when it has them all). */
type Missing<P> = P extends { es: infer E; pt_BR: infer PT; en: infer EN } ? Exclude<keyof E, keyof PT> | Exclude<keyof E, keyof EN> : never;
type MissingKeys = Missing<(typeof parts)[number]>;

/**
 * Compile-time completeness: every language defines every Spanish key. A missing key makes this
 * declaration fail to type-check, naming the key.
 */
export const MESSAGES_COMPLETE: [MissingKeys] extends [never] ? true : { missing: MissingKeys } = true;
