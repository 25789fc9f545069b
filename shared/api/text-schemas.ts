/** The one way the API takes text an organizer typed: NFC, trimmed, and checked by text-hygiene's rules. */
import { z } from 'zod';
import { textProblem, textProblemMessage, type TextKind } from '../domain/text-hygiene';

/** `label` names the field in messages ("The parent's name"); chain min/max/default after it. */
export function textField(label: string, kind: TextKind) {
  return z
    .string({ error: `${label} must be text.` })
    .normalize('NFC')
    .trim()
    .superRefine((value, context) => {
      const problem = textProblem(value, kind);
      if (problem) context.addIssue({ code: 'custom', message: textProblemMessage(label, problem) });
    });
}
