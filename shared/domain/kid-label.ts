/**
 * What a kid without a name is called, on every screen, in the CLI, on the sign-in sheet and in the
 * invite reasons: parents often leave the name out ("2 and 4"), and one word everywhere keeps it clear
 * that this is the same kid.
 */
export const NAMELESS_KID = 'Unnamed kid';

export function kidLabel(name: string): string {
  return name.trim() || NAMELESS_KID;
}
