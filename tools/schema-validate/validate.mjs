// Usage: node validate.mjs SCHEMA.json DOC.json...
// Prints one line per document ("ok PATH" or "invalid PATH: errors") and exits 1 if any is invalid.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...docs] = process.argv.slice(2);
if (!schemaPath || docs.length === 0) {
  console.error("usage: node validate.mjs SCHEMA.json DOC.json...");
  process.exit(2);
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let failed = 0;
for (const doc of docs) {
  const ok = validate(JSON.parse(readFileSync(doc, "utf8")));
  if (ok) {
    console.log(`ok ${doc}`);
  } else {
    failed++;
    const errors = validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");
    console.log(`invalid ${doc}: ${errors}`);
  }
}
process.exit(failed ? 1 : 0);
