/**
 * XML checked by libxml2's xmllint (compiled to WebAssembly: nothing to install): whether a
 * document is well-formed, and whether it is valid against XML schemas.
 */
import { readFile } from 'node:fs/promises';
import { validateXML } from 'xmllint-wasm';

/** xmllint's complaints about `xml` as XML (none for a well-formed document). */
export async function xmlWellFormed(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    normalization: 'format',
  });
  return result.errors.map((error) => error.message);
}

/**
 * xmllint's complaints about `xml` against the schema `schemaPath`; `preload` are the files
 * its imports name (by file name, in the same folder).
 */
export async function xmlSchemaErrors(
  xml: string,
  schemaPath: string,
  preload: readonly string[] = [],
): Promise<string[]> {
  const folder = new URL('.', `file://${schemaPath}`);
  const [schema, ...imported] = await Promise.all(
    [schemaPath, ...preload.map((name) => new URL(name, folder).pathname)].map((path) =>
      readFile(path, 'utf8'),
    ),
  );
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [schema ?? ''],
    preload: preload.map((fileName, index) => ({ fileName, contents: imported[index] ?? '' })),
    maxMemoryPages: 4096,
  });
  return result.errors.map((error) => error.message);
}
