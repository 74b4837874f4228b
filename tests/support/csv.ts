/** Reading the site's CSV files back in tests: RFC 4180 quoting, CRLF line ends, an optional byte-order mark. */

/** Splits CSV text into rows of fields. */
export function parseCsv(text: string, separator = ','): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cur);
      cur = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cur);
      rows.push(row);
      row = [];
      cur = '';
      i++;
    } else cur += c;
  }
  if (cur || row.length) rows.push([...row, cur]);
  return rows;
}

/** CSV text as records keyed by the header line. */
export function csvRecords(text: string, separator = ','): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text, separator);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
