// The release: packs the built dist/ as the npm-compatible package a marketer installs or
// loads from a CDN (README, "Install"), and prints what to paste. Run by .ci/release.sh
// after the build; writes target/release/package/ and target/release/<name>-<version>.tgz.
//
// The package holds what a page needs and nothing else: the loader (embed.js, with the
// glue inside), the custom element (element.js), the Wasm, the stylesheet, each language's
// words and first question, the standalone page with its stylesheet, icon and manifest,
// the offline worker (its precache listing exactly the package's files), the types, the
// README's user part with the real integrity value, the changelog and the license. No
// demo page, test fixture, source map or source.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NAME, VERSION } from '../web/embed/contract.js';
import { listFiles } from './build/files.mjs';
import { sri } from './build/integrity.mjs';
import { writePrecache } from './build/precache.mjs';

const run = promisify(execFile);
const OUT = 'target/release';
const PACKAGE = join(OUT, 'package');
/** What the repository's README writes where the packed README has embed.js's hash. */
export const HASH_PLACEHOLDER = 'sha384-(printed-by-the-release-command)';
/** The heading where the README's part for the people who develop the widget starts. */
const DEVELOPMENT = '\n# Development\n';

// The built files a page does not need: the demo pages, which only show the widget off.
const notShipped = (name) => /^demo[.-]/.test(name);

/** The package's manifest: one version, Cargo.toml's (through facts.js). */
async function manifest() {
  const cargo = await readFile('Cargo.toml', 'utf8');
  const field = (key) => cargo.match(new RegExp(`^${key} = "([^"]*)"`, 'm'))?.[1];
  if (field('version') !== VERSION) throw new Error(`Cargo.toml says ${field('version')}, facts.js ${VERSION}: run UPDATE_LOCALES=1 cargo test --test contract`);
  return {
    name: NAME,
    version: VERSION,
    description: field('description'),
    license: field('license'),
    repository: { type: 'git', url: `git+${field('repository')}.git` },
    homepage: `${field('repository')}#readme`,
    keywords: ['ai', 'diagnostic', 'widget', 'web-component', 'custom-element', 'webassembly', 'marketing'],
    type: 'module',
    main: './element.js',
    types: './types/index.d.ts',
    exports: {
      '.': { types: './types/index.d.ts', default: './element.js' },
      './element.js': { types: './types/index.d.ts', default: './element.js' },
      './embed.js': { types: './types/index.d.ts', default: './embed.js' },
      './widget.css': './widget.css',
      './react': { types: './types/react.d.ts' },
      './package.json': './package.json',
    },
    files: ['*.js', '*.wasm', '*.css', '*.html', '*.svg', '*.webmanifest', 'locales/', 'first/', 'types/', 'CHANGELOG.md', 'LICENSE'],
    sideEffects: ['./element.js', './embed.js'],
  };
}

export async function release() {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(PACKAGE, { recursive: true });
  for (const name of (await listFiles('dist')).filter((name) => !notShipped(name))) {
    await cp(join('dist', name), join(PACKAGE, name));
  }
  const embed = await readFile(join(PACKAGE, 'embed.js'), 'utf8');
  const id = embed.match(/^\/\*! \S+ (\S+) /)?.[1];
  if (!id?.startsWith(`${VERSION}-`)) throw new Error('dist/embed.js is not a stamped build of this version: run bash .ci/build.sh');
  await writePrecache(PACKAGE, await listFiles(PACKAGE), id);
  await cp('web/types', join(PACKAGE, 'types'), { recursive: true });
  await cp('CHANGELOG.md', join(PACKAGE, 'CHANGELOG.md'));
  await cp('LICENSE', join(PACKAGE, 'LICENSE'));

  const integrity = sri(embed);
  const readme = await readFile('README.md', 'utf8');
  if (!readme.includes(HASH_PLACEHOLDER)) throw new Error(`README.md has no ${HASH_PLACEHOLDER} to fill in`);
  const userPart = readme.slice(0, readme.indexOf(DEVELOPMENT) + 1 || undefined);
  // The pictures stay out of the package: its README shows them from the repository.
  const pkg = await manifest();
  const repository = pkg.homepage.replace(/#readme$/, '');
  const packedReadme = userPart.replaceAll(HASH_PLACEHOLDER, integrity)
    .replaceAll('](docs/images/', `](${repository}/raw/v${VERSION}/docs/images/`);
  await writeFile(join(PACKAGE, 'README.md'), packedReadme);
  await writeFile(join(PACKAGE, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', '..'], { cwd: PACKAGE });
  const [packed] = JSON.parse(stdout);
  const elementIntegrity = sri(await readFile(join(PACKAGE, 'element.js')));
  return { integrity, elementIntegrity, tarball: join(OUT, packed.filename), size: packed.size, unpackedSize: packed.unpackedSize, files: packed.entryCount };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { integrity, elementIntegrity, tarball, size, unpackedSize, files } = await release();
  console.log(`${NAME} ${VERSION}: ${tarball}, ${files} files, ${size} B packed, ${unpackedSize} B unpacked`);
  console.log(`embed.js integrity: ${integrity}\nelement.js integrity: ${elementIntegrity}`);
  console.log(`<script type="module" src="https://cdn.jsdelivr.net/npm/${NAME}@${VERSION}/embed.js"\n        integrity="${integrity}" crossorigin="anonymous"\n        data-target="#ai-diagnostic"></script>`);
}
