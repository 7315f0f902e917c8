import './zod-setup';
import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { isValidInternationalPhone, toE164 } from './phone';
import type { Role } from './installation';

export const ABSENCE_LIMITS = { message: 500, contactName: 60 } as const;

/** The agent-absence setting of one number, as stored on the bot (bot resource) and mirrored locally. */
export const absenceSettingSchema = lazySchema(() => z.object({
  enabled: z.boolean(),
  message: z.string().trim().min(1, 'required').max(ABSENCE_LIMITS.message, 'too-long'),
  suggestedContact: z
    .object({
      name: z.string().trim().min(1, 'required').max(ABSENCE_LIMITS.contactName, 'too-long'),
      phone: z.string().trim().refine(isValidInternationalPhone, 'phone-format').transform(toE164),
    })
    .nullable()
    .default(null),
  /** Who switched it on and when (ISO date); informational. */
  changedBy: z.string().optional(),
  changedAt: z.string().optional(),
}));

export type AbsenceSetting = z.output<typeof absenceSettingSchema>;

export interface AbsenceRecord {
  installationId: string;
  setting: AbsenceSetting;
  /** True while the local copy has a write not yet accepted by Blip. */
  pending: boolean;
  updatedAt: number;
}

/**
 * Who sets a number's absence, everywhere (panel, popup, background): the spec says "los gestores o
 * agentes", so the number's attendants and its managers; nobody whose role on it is not verified.
 */
export function canSetAbsence(role: Role | undefined): boolean {
  return role === 'attendant' || role === 'manager';
}
