/**
 * Links from the report workbook to the checked workbooks. The caller says where a checked file is relative to the
 * report (the command line from both paths; the page by file name, since the browser saves both into one folder);
 * these functions only spell the link.
 */

/** Excel quotes a sheet name in a reference with single quotes, doubling any quote inside. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A relative path (folders joined by "/") as a link. Only the characters that would change the link's meaning
 * (%, space, #, ?) are escaped; Chinese file names stay readable in the link.
 */
export function pathLink(relativePath: string): string {
  return relativePath.replace(/[% #?]/g, (c) => encodeURIComponent(c));
}

/** The link to one cell of the checked file: its link, then "#'Sheet'!F6", which Excel and LibreOffice open there. */
export function cellLink(fileLink: string, sheet: string, cell: string): string {
  return `${fileLink}#${quoteSheet(sheet)}!${cell}`;
}
