import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguageSetting, formatNumber, plural } from './i18n';
import { formatPhone } from './phone-format';

afterEach(() => applyLanguageSetting('es'));

describe('plural', () => {
  it.each([
    ['es', 1, '1 contacto'],
    ['es', 0, '0 contactos'],
    ['es', 2500, '2500 contactos'],
    ['es', 12500, '12.500 contactos'],
    ['pt_BR', 1, '1 contato'],
    ['pt_BR', 2500, '2.500 contatos'],
    ['en', 1, '1 contact'],
    ['en', 2500, '2,500 contacts'],
  ] as const)('%s %d → %s', (language, count, expected) => {
    applyLanguageSetting(language);
    expect(plural('contactos.count', count)).toBe(expected);
  });

  it('keeps the other placeholders', () => {
    expect(plural('replies.deleteCategoryConfirm', 1, { name: 'Envíos' })).toBe('¿Eliminar la categoría «Envíos» y su 1 respuesta en todos sus números?');
  });
});

describe('formatNumber', () => {
  it.each([
    ['es', '5,3'],
    ['pt_BR', '5,3'],
    ['en', '5.3'],
  ] as const)('%s writes a decimal its way', (language, expected) => {
    applyLanguageSetting(language);
    expect(formatNumber(5.25, { maximumFractionDigits: 1 })).toBe(expected);
  });
});

describe('formatPhone', () => {
  it.each([
    ['+5511987654321', '+55 11 98765 4321'],
    ['5511987654321@wa.gw.msging.net', '+55 11 98765 4321'],
    ['+55 (11) 98765-4321', '+55 11 98765 4321'],
    ['5215512345678@wa.gw.msging.net', '+52 1 55 1234 5678'],
    ['+525512345678', '+52 55 1234 5678'],
    ['+5491123456789', '+54 9 11 2345 6789'],
    ['+14155550123', '+1 415 555 0123'],
    ['+34612345678', '+34 612 34 56 78'],
  ])('%s → %s', (input, expected) => {
    expect(formatPhone(input)).toBe(expected);
  });

  it.each([
    ['an unknown country code still stands apart', '+99912345678', '+999 12345678'],
    ['a Mexican WhatsApp id no numbering plan knows keeps its marker apart', '5211933794118@wa.gw.msging.net', '+52 1 1933794118'],
    ['a national number without its country stays as stored', '(11) 9876-5432', '(11) 9876-5432'],
    ['not a phone at all', 'cliente@ejemplo.com', 'cliente@ejemplo.com'],
    ['a non-WhatsApp identity', 'a1b2c3@tunnel.msging.net', 'a1b2c3@tunnel.msging.net'],
  ])('%s', (_, input, expected) => {
    expect(formatPhone(input)).toBe(expected);
  });
});
