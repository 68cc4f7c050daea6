// The article apps bundled at test time with esbuild, as a site would ship them: a server module
// rendered in the test process and a client bundle, each in a production and a development build.
// React 18 and 19 (and Preact, through preact/compat) come from one source: `react` and `react-dom`
// are aliased to each one's package.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const FRAMEWORKS = ['react18', 'react19', 'preact', 'vue', 'svelte'] as const;
export type Framework = (typeof FRAMEWORKS)[number];
export type Mode = 'production' | 'development';

const APPS = join(dirname(fileURLToPath(import.meta.url)), 'apps');
const ROOT = resolve(APPS, '../../../..');
const pkg = (name: string) => join(ROOT, 'node_modules', name);

interface Recipe {
  client: string;
  server: string;
  alias?: Record<string, string>;
  /** The client's alias, when it differs from the server's. */
  clientAlias?: Record<string, string>;
}

const react = (version: 18 | 19): Recipe => ({
  client: 'reactClient.jsx',
  server: 'reactServer.jsx',
  alias: { react: pkg(`react${version}`), 'react-dom': pkg(`react-dom${version}`) },
});

const RECIPES: Record<Framework, Recipe> = {
  react18: react(18),
  react19: react(19),
  // The React source through preact/compat, as sites that swap React for Preact build it.
  preact: {
    client: 'reactClient.jsx',
    server: 'reactServer.jsx',
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  // The template is compiled in the page, by the build of Vue that carries the compiler.
  vue: { client: 'vueClient.js', server: 'vueServer.js', clientAlias: { vue: pkg('vue/dist/vue.esm-bundler.js') } },
  svelte: { client: 'svelteClient.js', server: 'svelteServer.js' },
};

/** Compiles .svelte files for the client or the server, as svelte's bundler plugins do. */
function sveltePlugin(generate: 'client' | 'server', dev: boolean): Plugin {
  return {
    name: 'svelte',
    setup(builder) {
      builder.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
        const { compile } = await import('svelte/compiler');
        const { readFile } = await import('node:fs/promises');
        const { js } = compile(await readFile(path, 'utf8'), { generate, dev, filename: path });
        return { contents: js.code, loader: 'js', resolveDir: dirname(path) };
      });
    },
  };
}

function options(framework: Framework, mode: Mode, side: 'client' | 'server') {
  const recipe = RECIPES[framework];
  const dev = mode === 'development';
  return {
    entryPoints: [join(APPS, recipe[side])],
    bundle: true,
    write: false,
    jsx: 'automatic' as const,
    jsxImportSource: 'react',
    // Not the project's tsconfig, whose JSX is Preact's.
    tsconfigRaw: {},
    alias: side === 'client' ? (recipe.clientAlias ?? recipe.alias) : recipe.alias,
    define: {
      'process.env.NODE_ENV': JSON.stringify(mode),
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    conditions: [mode],
    minify: !dev,
    plugins: [sveltePlugin(side, dev)],
    logLevel: 'error' as const,
  };
}

/** The client bundle: one script, the framework in it. */
export async function clientBundle(framework: Framework, mode: Mode): Promise<string> {
  const result = await build({ ...options(framework, mode, 'client'), platform: 'browser', format: 'iife' });
  return result.outputFiles?.[0]?.text ?? '';
}

/** The app rendered on the server, as the page's HTML inside its root element. */
export async function serverRender(framework: Framework, mode: Mode): Promise<string> {
  const result = await build({ ...options(framework, mode, 'server'), platform: 'node', format: 'esm' });
  const dir = mkdtempSync(join(tmpdir(), 'caplens-ssr-'));
  try {
    const file = join(dir, 'server.mjs');
    // esbuild's ESM output of CommonJS packages calls require() for Node built-ins.
    writeFileSync(
      file,
      `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n${result.outputFiles?.[0]?.text ?? ''}`,
    );
    const { render } = (await import(pathToFileURL(file).href)) as { render(): string | Promise<string> };
    return await render();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
