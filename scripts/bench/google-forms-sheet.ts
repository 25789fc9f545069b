/**
 * A Google Forms responses sheet of `rows` sign-ups where `repeatShare` of them are repeat sign-ups of an
 * earlier family (same email in other case, sometimes a new phone or an older kid), deterministic.
 */
export function googleFormsSheet(rows: number, repeatShare: number): string {
  let seed = 20261123;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const FIRST = ['Dana', 'Priya', 'Sam', 'Lena', 'Maria', 'Chloe', 'Aisha', 'Emma', 'Hana', 'Jess', 'Noor', 'Eva'];
  const LAST = ['Reyes', 'Natarajan', 'Okafor', 'Kowalski', 'Gonzalez', "O'Brien", 'Bello', 'Larsen', 'Sato', 'Moreau'];
  const AGES = ['2 and 4', '18 months', '3, 5, 7', '6 wks', '2y 3m', '2.5', 'twins (3)', 'bump + 2yo', 'newborn', '4'];
  const KIDS = ['Mia, Leo', 'Anika', 'Tobi, Ada, Kemi', 'Oskar', 'Finn', 'Noor, Daan', 'Ivy', 'June, Bo'];
  const lines = [
    "Timestamp,Email address,Your name,Phone number,Neighborhood,How old are your kids?,Kids' first " +
      'names,Which meetups interest you?,Anything else we should know?',
  ];
  let families = 0;
  for (let row = 0; row < rows; row += 1) {
    const repeat = families > 0 && random() < repeatShare;
    const id = repeat ? Math.floor(random() * families) : families++;
    const name = `${FIRST[id % FIRST.length]} ${LAST[Math.floor(id / FIRST.length) % LAST.length]} ${id}`;
    const email = repeat ? `Parent${id}@Example.org` : `parent${id}@example.org`;
    const digits = String(id).padStart(7, '0');
    const phone =
      repeat && random() < 0.5
        ? `555-${digits.slice(0, 3)}-${digits.slice(3)}`
        : `(555) ${digits.slice(0, 3)} ${digits.slice(3)}`;
    const day = 1 + (row % 28);
    lines.push(
      [
        `9/${day}/2026 ${8 + (row % 10)}:07:00`,
        email,
        name,
        phone,
        `Area ${id % 40}`,
        `"${AGES[id % AGES.length]}"`,
        `"${KIDS[id % KIDS.length]}"`,
        '"Park playdates, Stroller walks"',
        repeat ? 'updated my details' : '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
