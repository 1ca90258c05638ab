// Prints the text of a PDF as pdf.js (Firefox's reader) extracts it: one line per text line,
// items joined as pdf.js's own text layer does (hasEOL ends a line).
import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, verbosity: 0, useSystemFonts: false }).promise;
const out = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  let line = "";
  for (const item of content.items) {
    if (item.str === undefined) continue;
    line += item.str;
    if (item.hasEOL) {
      out.push(line);
      line = "";
    }
  }
  if (line) out.push(line);
  out.push("\f");
}
process.stdout.write(out.join("\n"));
