/**
 * XML checked by libxml2's xmllint (compiled to WebAssembly: nothing to install): whether a
 * document is well-formed, and whether it is valid against XML schemas.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
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
 * xmllint's complaints about `xml` against the schema at `schemaPath`; `imports` are the
 * files its `xsd:import`s name, each by its file name alone.
 */
export async function xmlSchemaErrors(
  xml: string,
  schemaPath: string,
  imports: readonly string[] = [],
): Promise<string[]> {
  const [schema = '', ...imported] = await Promise.all(
    [schemaPath, ...imports].map((file) => readFile(file, 'utf8')),
  );
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [schema],
    preload: imports.map((file, index) => ({
      fileName: path.basename(file),
      contents: imported[index] ?? '',
    })),
    maxMemoryPages: 4096,
  });
  return result.errors.map((error) => error.message);
}
