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

/** Feature message files, merged. Add a feature's file here. */
const parts = [common, errors, options, absence, search, contactos, history, afterHours, templates, conversation, replies] as const;

type Merge<P extends readonly { es: object }[]> = P extends readonly [infer H extends { es: object }, ...infer R extends { es: object }[]]
  ? H['es'] & Merge<R>
  : unknown;

export type Messages = { [K in keyof Merge<typeof parts>]: string };
export type MessageKey = keyof Messages;

function merge(language: 'es' | 'pt_BR' | 'en'): Messages {
  return Object.assign({}, ...parts.map((part) => part[language])) as Messages;
}

export const messages = { es: merge('es'), pt_BR: merge('pt_BR'), en: merge('en') };

// Compile-time completeness: every language must define every Spanish key.
type Complete<P> = P extends { es: infer E; pt_BR: infer PT; en: infer EN }
  ? [keyof E] extends [keyof PT & keyof EN]
    ? true
    : { missingIn: Exclude<keyof E, keyof PT & keyof EN> }
  : never;
type AllComplete<P extends readonly unknown[]> = { [I in keyof P]: Complete<P[I]> };
export const COMPLETE: AllComplete<typeof parts> = parts.map(() => true) as unknown as AllComplete<typeof parts>;
