/**
 * A practices file and a locations file as a partner would send them: `count` practices (one in a hundred with a
 * ZIP code that breaks the rule), each with one location keyed by its Account ID.
 */
export const practicesCsv = (count: number): string => {
  const lines = ['Practice name,Account ID,Address line 1,City,State,ZIP code,Phone,Time zone,Active'];
  for (let i = 0; i < count; i += 1) {
    const zip = i % 100 === 7 ? '4301' : '43017';
    lines.push(
      `"Practice ${i}, Family Care",bench-${i},"${i} Main St",Dublin,OH,${zip},(406) 555-${String(i % 10_000).padStart(4, '0')},America/New_York,yes`,
    );
  }
  return lines.join('\r\n') + '\r\n';
};

export const locationsCsv = (count: number): string => {
  const lines = ['Account ID,Location name,Location code,Address line 1,City,State,ZIP code,Phone'];
  for (let i = 0; i < count; i += 1)
    lines.push(`bench-${i},North ${i},north,"${i} North Rd",Dublin,OH,43017,(406) 555-0120`);
  return lines.join('\r\n') + '\r\n';
};

export const usersCsv = (count: number): string => {
  const lines = ['Account ID,User ID,First name,Last name'];
  for (let i = 0; i < count; i += 1) lines.push(`bench-${i},user-${i},Pat,Lee`);
  return lines.join('\r\n') + '\r\n';
};
