// byline's wire format as a consumer outside Java sees it: ajv 8 (JSON Schema 2020-12, strict mode,
// formats asserted) and jsonld.js. Prints one JSON report on stdout; exits 1 if anything disagrees.
//
//   node check.mjs --schema <article-v1.schema.json> --suite <conformance/v1>
//                  [--written <folder of documents byline wrote>]
//                  [--jsonld <folder of JSON-LD byline wrote> --vocabulary <schema.org .jsonld>]
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
  args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
}
for (const required of ['schema', 'suite']) {
  if (!args[required]) {
    console.error(`usage: node check.mjs --schema <file> --suite <folder> [--written <folder>] [--jsonld <folder> --vocabulary <file>]`);
    process.exit(2);
  }
}

const report = { ajv: require_('ajv/package.json').version, jsonld: require_('jsonld/package.json').version,
  warnings: [], suite: { valid: 0, invalid: 0, schemaRefused: 0, schemaBeyond: 0, notJson: 0 },
  written: 0, jsonLd: 0, quads: 0, problems: [] };

function require_(name) {
  return JSON.parse(fs.readFileSync(new URL(`./node_modules/${name}`, import.meta.url)));
}

// ---- the schema, compiled in strict mode; any warning is a problem ---------------------------
const logger = { log() {}, warn: (...a) => report.warnings.push(a.join(' ')), error: (...a) => report.warnings.push(a.join(' ')) };
const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
addFormats(ajv);
let validate;
try {
  validate = ajv.compile(JSON.parse(fs.readFileSync(args.schema, 'utf8')));
} catch (e) {
  report.problems.push(`the schema does not compile in strict mode: ${e.message}`);
  finish();
}
for (const w of report.warnings) {
  report.problems.push(`ajv warning: ${w}`);
}

// "$.authors[0].name" -> "/authors/0/name"
const pointer = (p) => p.slice(1).replace(/\[(\d+)]/g, '/$1').replace(/\./g, '/');

// ---- the conformance suite --------------------------------------------------------------------
const manifest = JSON.parse(fs.readFileSync(path.join(args.suite, 'manifest.json'), 'utf8'));
for (const c of manifest.cases) {
  const text = fs.readFileSync(path.join(args.suite, c.file), 'utf8');
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    if (c.json === 'invalid') {
      report.suite.notJson++;
    } else {
      report.problems.push(`${c.name}: JSON.parse failed: ${e.message}`);
    }
    continue;
  }
  if (c.json === 'invalid') {
    report.problems.push(`${c.name}: marked as invalid JSON, but JSON.parse accepted it`);
    continue;
  }
  const ok = validate(doc);
  if (c.valid) {
    report.suite.valid++;
    if (!ok) report.problems.push(`${c.name}: valid case refused by the schema: ${ajv.errorsText(validate.errors)}`);
  } else if (!c.schema) {
    report.suite.schemaBeyond++;
    if (!ok) report.problems.push(`${c.name}: a rule the schema is said not to express, yet it refused: ${ajv.errorsText(validate.errors)}`);
  } else {
    report.suite.invalid++;
    if (ok) {
      report.problems.push(`${c.name}: invalid case (${c.rule} at ${c.path}) accepted by the schema`);
    } else {
      const at = pointer(c.path) + '/';
      if (!validate.errors.some((e) => at.startsWith(e.instancePath + '/'))) {
        report.problems.push(`${c.name}: refused, but not at ${c.path} or an ancestor: ${ajv.errorsText(validate.errors)}`);
      } else {
        report.suite.schemaRefused++;
      }
    }
  }
}

// ---- documents byline wrote: every one passes the schema ---------------------------------------
function files(folder) {
  return fs.readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(folder, f));
}
if (args.written) {
  for (const file of files(args.written)) {
    report.written++;
    if (!validate(JSON.parse(fs.readFileSync(file, 'utf8')))) {
      report.problems.push(`${path.basename(file)}: written by byline, refused by the schema: ${ajv.errorsText(validate.errors)}`);
    }
  }
}

// ---- JSON-LD: expanded in safe mode, flattened, converted to RDF, with a local context ---------
if (args.jsonld) {
  const context = schemaOrgContext(args.vocabulary);
  const documentLoader = async (url) => {
    if (/^https?:\/\/schema\.org\/?$/.test(url)) {
      return { contextUrl: null, documentUrl: url, document: context };
    }
    throw new Error(`no network: ${url}`);
  };
  for (const file of files(args.jsonld)) {
    report.jsonLd++;
    const name = path.basename(file);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    try {
      // safe mode fails on anything a processor would drop: unknown terms, relative IRIs
      await jsonld.expand(doc, { documentLoader, safe: true });
      const flat = await jsonld.flatten(doc, null, { documentLoader, safe: true });
      // flattened without a context: an array of expanded nodes, with full IRIs
      const nodes = Array.isArray(flat) ? flat : (flat['@graph'] || []);
      let values = 0;
      for (const node of nodes) {
        const types = [].concat(node['@type'] || []);
        if (types.some((t) => /Article$/.test(t)) && types.some((t) => /WebPage$/.test(t))) {
          report.problems.push(`${name}: node ${node['@id']} is both an article and a web page`);
        }
        for (const [key, value] of Object.entries(node)) {
          if (key !== '@id') values += [].concat(value).length;
        }
      }
      const nquads = await jsonld.toRDF(doc, { documentLoader, safe: true, format: 'application/n-quads' });
      const quads = nquads.split('\n').filter((l) => l.trim()).length;
      report.quads += quads;
      if (quads !== values) {
        report.problems.push(`${name}: ${values} values in the flattened graph but ${quads} RDF quads (something was lost)`);
      }
      const article = nodes.find((n) => [].concat(n['@type'] || []).some((t) => /NewsArticle$/.test(t))
          && n['https://schema.org/headline'] !== undefined);
      if (!article) report.problems.push(`${name}: no NewsArticle with a headline after flattening`);
      for (const node of nodes) {
        const id = node['@id'];
        if (id && !id.startsWith('_:') && !/^https?:\/\//.test(id)) {
          report.problems.push(`${name}: node id ${id} is not an absolute IRI`);
        }
      }
    } catch (e) {
      report.problems.push(`${name}: ${e.name}: ${e.message}${e.details ? ' ' + JSON.stringify(e.details).slice(0, 300) : ''}`);
    }
  }
}

finish();

function finish() {
  console.log(JSON.stringify(report, null, 2));
  process.exit(report.problems.length ? 1 : 0);
}

// A local schema.org context derived from the vocabulary file, so that nothing is fetched: every
// term maps into https://schema.org/ (@vocab), and properties whose range includes URL take IRIs.
function schemaOrgContext(vocabularyFile) {
  const ctx = { '@vocab': 'https://schema.org/', schema: 'https://schema.org/' };
  if (!vocabularyFile) {
    throw new Error('--jsonld needs --vocabulary <schema.org vocabulary in JSON-LD>');
  }
  const vocabulary = JSON.parse(fs.readFileSync(vocabularyFile, 'utf8'));
  for (const node of vocabulary['@graph']) {
    const types = [].concat(node['@type'] || []);
    if (!types.includes('rdf:Property')) continue;
    const ranges = [].concat(node['schema:rangeIncludes'] || []).map((r) => r['@id']);
    const term = node['@id'].replace(/^schema:/, '');
    if (ranges.length === 1 && ranges[0] === 'schema:URL') {
      ctx[term] = { '@id': `schema:${term}`, '@type': '@id' };
    }
  }
  return { '@context': ctx };
}
