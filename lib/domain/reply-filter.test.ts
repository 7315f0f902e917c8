import { describe, expect, it } from 'vitest';
import { filterReplies } from './reply-filter';
import { rankByUsage } from './reply-ranking';

const replies = [
  { id: 'a', title: 'Envío gratis', text: 'El envío es gratis desde $500.' },
  { id: 'b', title: 'Horario', text: 'Atendemos de lunes a viernes; envios el sábado.' },
  { id: 'c', title: 'Devolución', text: 'Tiene 30 días para devolver.' },
];

describe('reply filter', () => {
  it('matches title and text without accents, title prefixes first', () => {
    expect(filterReplies(replies, 'envio').map((reply) => reply.id)).toEqual(['a', 'b']);
    expect(filterReplies(replies, 'DEVOLUCIÓN').map((reply) => reply.id)).toEqual(['c']);
    expect(filterReplies(replies, 'lunes sabado').map((reply) => reply.id)).toEqual(['b']);
    expect(filterReplies(replies, '  ')).toBe(replies);
  });
});

describe('usage ranking', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  const day = 86_400_000;
  it('puts the most used and recent first, and keeps list order for the rest', () => {
    const usage = new Map([
      ['c', { replyId: 'c', count: 3, lastUsedAt: now - day }],
      ['b', { replyId: 'b', count: 10, lastUsedAt: now - 60 * day }],
    ]);
    expect(rankByUsage(replies, usage, now).map((reply) => reply.id)).toEqual(['c', 'b', 'a']);
  });
});
