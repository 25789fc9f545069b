/**
 * `mailto:` links for sending without a password: the addresses go in BCC (no family sees another's),
 * split so each link stays under about 1,600 characters. Gmail as the mail handler truncates links near
 * 2,000 characters and some Windows mail programs refuse longer ones, so a batch that fits is one click.
 */
export const MAILTO_LIMIT = 1600;

function mailtoLink(addresses: string[], subject: string, body: string): string {
  const query = [`bcc=${addresses.map(encodeURIComponent).join(',')}`, `subject=${encodeURIComponent(subject)}`];
  if (body) query.push(`body=${encodeURIComponent(body)}`);
  return `mailto:?${query.join('&')}`;
}

/**
 * Links, each under `limit` characters, holding every address once. The body is dropped from the links
 * when even one address with it would not fit (she then pastes it); a single address that cannot fit
 * is refused with a message naming it.
 */
export function mailtoBatches(
  addresses: string[],
  subject: string,
  body: string,
  limit = MAILTO_LIMIT,
): { links: string[]; bodyIncluded: boolean } {
  const unique = [...new Set(addresses.map((address) => address.trim()).filter(Boolean))];
  const bodyIncluded =
    unique.length === 0 || unique.every((address) => mailtoLink([address], subject, body).length <= limit);
  const text = bodyIncluded ? body : '';
  const links: string[] = [];
  let batch: string[] = [];
  for (const address of unique) {
    if (mailtoLink([address], subject, text).length > limit)
      throw new Error(`The address ${address} is too long for a mail link.`);
    if (batch.length > 0 && mailtoLink([...batch, address], subject, text).length > limit) {
      links.push(mailtoLink(batch, subject, text));
      batch = [];
    }
    batch.push(address);
  }
  if (batch.length > 0) links.push(mailtoLink(batch, subject, text));
  return { links, bodyIncluded };
}

/** How many families a batch link writes to (its BCC addresses), for "Batch 1 of 3 (40 families)". */
export function familiesInLink(link: string): number {
  const bcc = /[?&]bcc=([^&]*)/.exec(link)?.[1] ?? '';
  return bcc === '' ? 0 : bcc.split(',').length;
}
