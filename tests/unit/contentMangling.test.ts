// The content-script build renames every property named in MANGLED_PROPERTIES, on every object
// (scripts/lib/buildContentScript.mjs). That is only safe for the script's own objects: a renamed
// `url.origin`, `event.detail` or stored `quote.usd` would read undefined on real pages, silently.
// This test type-checks the script's sources and fails on any use of such a name whose property is
// declared outside the script's own code: by the browser (lib.dom), JavaScript (lib.es*), a package,
// the stored state and messages (src/state, written by unrenamed bundles), or not declared at all.
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MANGLED_PROPERTIES } from '../../scripts/lib/buildContentScript.mjs';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const ENTRY = resolve(ROOT, 'src/content/index.ts');

function programFor(entry: string): ts.Program {
  const config = ts.readConfigFile(resolve(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram([entry], { ...options, noEmit: true });
}

interface Misuse {
  where: string;
  name: string;
  declaredIn: string;
}

/** Every use of a renamed name in the program's own files (`checked`), and those that are misuses. */
function misusesFrom(program: ts.Program, renamed: ReadonlySet<string>): { checked: number; misuses: Misuse[] } {
  const checker = program.getTypeChecker();
  const own = (file: ts.SourceFile) =>
    !program.isSourceFileDefaultLibrary(file) &&
    !file.fileName.includes('/node_modules/') &&
    !relative(ROOT, file.fileName).startsWith('src/state/') &&
    !file.fileName.endsWith('.json');
  const scriptFiles = program.getSourceFiles().filter(own);
  const misuses: Misuse[] = [];
  let checked = 0;

  const judge = (file: ts.SourceFile, at: ts.Node, name: string, symbol: ts.Symbol | undefined) => {
    checked++;
    const declarations = symbol?.declarations ?? [];
    const foreign = declarations.find((d) => !own(d.getSourceFile()));
    if (declarations.length > 0 && !foreign) return;
    const { line } = file.getLineAndCharacterOfPosition(at.getStart(file));
    misuses.push({
      where: `${relative(ROOT, file.fileName)}:${line + 1}`,
      name,
      declaredIn: foreign ? relative(ROOT, foreign.getSourceFile().fileName) : '(nowhere: an untyped object)',
    });
  };
  const propertyOf = (type: ts.Type | undefined, name: string) => type?.getNonNullableType().getProperty(name);

  for (const file of scriptFiles) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && renamed.has(node.name.text)) {
        judge(file, node.name, node.name.text, checker.getSymbolAtLocation(node.name));
      } else if (
        (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isMethodDeclaration(node)) &&
        ts.isObjectLiteralExpression(node.parent) &&
        ts.isIdentifier(node.name) &&
        renamed.has(node.name.text)
      ) {
        // An object literal handed to an API that reads this name (`new CustomEvent(x, { detail })`).
        const wanted = propertyOf(checker.getContextualType(node.parent), node.name.text);
        if (wanted) judge(file, node.name, node.name.text, wanted);
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const key = node.propertyName ?? node.name;
        if (ts.isIdentifier(key) && renamed.has(key.text)) {
          judge(file, key, key.text, propertyOf(checker.getTypeAtLocation(node.parent), key.text));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { checked, misuses };
}

describe('the content script renames only its own properties', () => {
  const renamed = new Set(MANGLED_PROPERTIES);

  it('uses no renamed name on an object the browser, JavaScript, storage or messages define', () => {
    const { checked, misuses } = misusesFrom(programFor(ENTRY), renamed);
    expect(misuses).toEqual([]);
    // The script does use these names on its own objects, many times: the check saw them.
    expect(checked).toBeGreaterThan(100);
  });

  it('would catch a renamed name read from a URL, an event or the stored quote', () => {
    // The check itself, on a probe that makes each mistake once, next to a correct use of its own.
    const probe = resolve(ROOT, 'src/content/__manglingProbe.ts');
    const source = [
      "import type { State } from '../state/state';",
      'export function probe(url: URL, event: CustomEvent, state: State, mine: { origin: number }) {',
      '  const { detail } = event;',
      "  new CustomEvent('x', { detail: 1 });",
      '  return [url.origin, detail, state.quote?.usd, mine.origin];',
      '}',
    ].join('\n');
    const options = programFor(ENTRY).getCompilerOptions();
    const host = ts.createCompilerHost(options);
    const { fileExists, getSourceFile } = host;
    host.fileExists = (name) => name === probe || fileExists.call(host, name);
    host.getSourceFile = (name, language, ...rest) =>
      name === probe ? ts.createSourceFile(name, source, language) : getSourceFile.call(host, name, language, ...rest);
    const program = ts.createProgram([probe], options, host);
    const found = misusesFrom(program, renamed).misuses.filter((m) =>
      m.where.startsWith('src/content/__manglingProbe.ts'),
    );
    expect(found.map((m) => `${m.name} ${m.declaredIn.replace(/^.*\/(lib\.dom)\.d\.ts$/, '$1')}`).sort()).toEqual([
      'detail lib.dom',
      'detail lib.dom',
      'origin lib.dom',
      'usd src/state/state.ts',
    ]);
  });
});
