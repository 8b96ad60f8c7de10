/**
 * Offline checks of manifest.xml that the XSDs cannot express: every resid is defined, every ExecuteFunction
 * name is associated in the commands code, the custom-functions namespace, and that every icon exists at the
 * size it is declared with. Used by scripts/validate-manifest.js (CI) and by the frame tests.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");

/** Attribute values of every element matching a tag name (the manifest is small and regular: no XML parser needed). */
function attributeValues(xml, attribute) {
  return [...xml.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, "g"))].map((m) => m[1]);
}

function definedResourceIds(xml) {
  const resources = xml.slice(xml.indexOf("<Resources>"));
  return new Set(attributeValues(resources, "id"));
}

/** resid values used anywhere outside <Resources>. */
function referencedResourceIds(xml) {
  return attributeValues(xml.slice(0, xml.indexOf("<Resources>")), "resid");
}

function executeFunctionNames(xml) {
  return [...xml.matchAll(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1].trim());
}

/**
 * Names registered for ribbon actions in the commands source: string literals passed to an `associate(…)` call
 * (Office.actions.associate directly, or a registrar that forwards to it). Empty if the file never calls
 * Office.actions.associate at all.
 */
function associatedActionNames(source) {
  if (!/Office\.actions\.associate\(/.test(source)) return [];
  return [...source.matchAll(/\bassociate\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
}

function resourceValue(xml, id) {
  const match = new RegExp(`<bt:(?:String|Url|Image) id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]*)"`).exec(xml);
  return match ? match[1] : undefined;
}

/** Image resources with their declared sizes, from <bt:Image size="16" resid="…"/> references. */
function declaredImageSizes(xml) {
  return [...xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((m) => ({ size: Number(m[1]), resid: m[2] }));
}

function pngSize(file) {
  const bytes = fs.readFileSync(file);
  if (bytes.toString("ascii", 1, 4) !== "PNG") throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every problem found, as sentences; an empty list means the manifest is consistent with the code and assets. */
function checkManifest({ manifestPath = path.join(ROOT, "manifest.xml"), commandsPath = path.join(ROOT, "src/commands/commands.ts") } = {}) {
  const xml = fs.readFileSync(manifestPath, "utf8");
  const problems = [];
  const defined = definedResourceIds(xml);
  for (const resid of new Set(referencedResourceIds(xml))) {
    if (!defined.has(resid)) problems.push(`resid "${resid}" is used but not defined in <Resources>`);
  }
  const associated = fs.existsSync(commandsPath) ? new Set(associatedActionNames(fs.readFileSync(commandsPath, "utf8"))) : new Set();
  const actions = executeFunctionNames(xml);
  if (new Set(actions).size !== actions.length) problems.push("two buttons share one ExecuteFunction name; each button needs its own action");
  for (const name of actions) {
    if (!associated.has(name)) problems.push(`ExecuteFunction "${name}" is not associated in ${path.relative(ROOT, commandsPath)} (Office.actions.associate)`);
  }
  const namespaceResid = /<Namespace resid="([^"]+)"\/>/.exec(xml);
  if (!namespaceResid || resourceValue(xml, namespaceResid[1]) !== "BUDGET") problems.push('the custom functions namespace is not "BUDGET"');
  for (const { size, resid } of declaredImageSizes(xml)) {
    const url = resourceValue(xml, resid);
    if (!url) continue; // reported above as an undefined resid
    const file = path.join(ROOT, "assets", path.basename(new URL(url).pathname));
    if (!fs.existsSync(file)) {
      problems.push(`icon ${resid} points to ${path.relative(ROOT, file)}, which does not exist`);
      continue;
    }
    const { width, height } = pngSize(file);
    if (width !== size || height !== size) problems.push(`icon ${resid} is declared ${size}px but ${path.basename(file)} is ${width}×${height}`);
  }
  return problems;
}

module.exports = { checkManifest, executeFunctionNames, associatedActionNames, referencedResourceIds, definedResourceIds, resourceValue, pngSize };
