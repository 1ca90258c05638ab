// Prints, as JSON, the text pdf.js (Firefox's reader) extracts from each marked-content
// sequence with an MCID: {"<page>": {"<mcid>": "text", ...}, ...}; text outside any MCID is
// under "none". Items are joined as pdf.js's text layer joins them (hasEOL ends a line).
import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, verbosity: 0, useSystemFonts: false }).promise;
const out = {};
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const texts = {};
  const stack = []; // the MCID of each open sequence (null for a span without one)
  for (const item of content.items) {
    if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
      const found = typeof item.id === "string" ? item.id.match(/_mc(\d+)$/) : null;
      stack.push(found ? found[1] : item.tag === "Artifact" ? "artifact" : null);
      continue;
    }
    if (item.type === "endMarkedContent") {
      stack.pop();
      continue;
    }
    if (item.str === undefined) continue;
    const owner = stack.filter((id) => id !== null).at(-1) ?? "none";
    texts[owner] = (texts[owner] ?? "") + item.str + (item.hasEOL ? " " : "");
  }
  out[n] = texts;
}
process.stdout.write(JSON.stringify(out));
