#!/usr/bin/env node
/**
 * The `--careers-*` tokens, from their one source (src/components/tokens.ts),
 * written to two places:
 *
 * - src/generated/tokens.styles.ts: `tokenStyles` (every shadow root reads
 *   each token once into a private `--_*` property, over the theme's value),
 *   and src/generated/theme.styles.ts: `themeStyles` (the widget's `theme`
 *   attribute, in the lazy appearance chunk);
 * - README.md, between `<!-- tokens:start -->` and `<!-- tokens:end -->`: the
 *   table of names, defaults per theme and what each styles.
 *
 * `--check` writes nothing and exits 1 when either is out of date (a test
 * runs it).
 *
 * Usage: node scripts/tokens.mjs [--check] [--readme <path>] [--module <path>] [--theme <path>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const START = '<!-- tokens:start -->';
const END = '<!-- tokens:end -->';
const SOURCE = new URL('../src/components/tokens.ts', import.meta.url);

/** The source module's exports (data only, no imports: transpiled and imported as it is). */
export async function readTokens(source = SOURCE) {
  const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

const block = (selector, lines) => `  ${selector} {\n${lines.map((l) => `    ${l};`).join('\n')}\n  }`;

/**
 * The themes' private values, each colour as \`light-dark(light, dark)\`: the
 * theme only sets \`color-scheme\` (\`light dark\` for \`auto\`, which follows
 * \`prefers-color-scheme\`), and the browser picks.
 */
function themeValues(colors) {
  return [
    ...colors.map((t) => `--_t-${t.name}: light-dark(${t.light}, ${t.dark})`),
    // Filled buttons (Retry, Apply) are filled only where the background is known.
    '--_t-fill: var(--_accent)',
    '--_t-on-fill: var(--_on-accent)',
    'background: var(--_background)',
    'padding: var(--_spacing)',
    'border-radius: var(--_radius)',
  ];
}

export function stylesModule({ COLOR_TOKENS: colors, SIZE_TOKENS: sizes }) {
  const shared = [
    ...colors.map((t) => `--_${t.name}: var(--careers-color-${t.name}, var(--_t-${t.name}, ${t.inherit}))`),
    '--_fill: var(--_t-fill, transparent)',
    '--_on-fill: var(--_t-on-fill, var(--_accent))',
    // \`inherit\` ones are read where they apply (a keyword cannot pass through another property).
    ...sizes.filter((t) => t.value !== 'inherit').map((t) => `--_${t.name}: var(--careers-${t.name}, ${t.value})`),
  ];
  const theme = [
    block(":host([theme='light'])", ['color-scheme: light']),
    block(":host([theme='dark'])", ['color-scheme: dark']),
    block(":host([theme='auto'])", ['color-scheme: light dark']),
    block(":host([theme='light']), :host([theme='dark']), :host([theme='auto'])", themeValues(colors)),
  ];
  const header = '// Written by `npm run tokens` (scripts/tokens.mjs) from src/components/tokens.ts: do not edit.';
  return {
    tokens: `${header}
import { css } from 'lit';

/** Every shadow root of ours: each \`--careers-*\` token read once into a private \`--_*\` property, over the theme's value. */
export const tokenStyles = css\`
${block(':host', shared)}
\`;
`,
    // Apart: only a widget with a \`theme\` downloads it (the appearance chunk).
    theme: `${header}
import { css } from 'lit';

/** The widget's \`theme\`: the values its shadow root and the detail view's (which inherits them) fall back to. */
export const themeStyles = css\`
${theme.join('\n\n')}
\`;
`,
  };
}

const code = (value) => `\`${value}\``;

export function readmeTable({ COLOR_TOKENS: colors, SIZE_TOKENS: sizes }) {
  const rows = [
    '| Token | `inherit` (default) | `light` | `dark` | Styles |',
    '| --- | --- | --- | --- | --- |',
    ...colors.map(
      (t) => `| \`--careers-color-${t.name}\` | ${code(t.inherit)} | ${code(t.light)} | ${code(t.dark)} | ${t.what} |`,
    ),
    ...sizes.map((t) => `| \`--careers-${t.name}\` | ${code(t.value)} | same | same | ${t.what} |`),
  ];
  return rows.join('\n');
}

function replaceBetween(text, content, path) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} block`);
  return `${text.slice(0, start + START.length)}\n${content}\n${text.slice(end)}`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      readme: { type: 'string', default: 'README.md' },
      module: { type: 'string', default: 'src/generated/tokens.styles.ts' },
      theme: { type: 'string', default: 'src/generated/theme.styles.ts' },
    },
  });
  const tokens = await readTokens();
  const modules = stylesModule(tokens);
  const outputs = [
    [values.module, modules.tokens, () => ''],
    [values.theme, modules.theme, () => ''],
    [values.readme, null, (old) => replaceBetween(old, readmeTable(tokens), values.readme)],
  ];
  const stale = [];
  for (const [path, fixed, edit] of outputs) {
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      // written below
    }
    const next = fixed ?? edit(old);
    if (next === old) continue;
    stale.push(path);
    if (!values.check) writeFileSync(path, next);
  }
  if (values.check && stale.length) {
    console.error(`tokens: out of date: ${stale.join(', ')}; run "npm run tokens"`);
    process.exit(1);
  }
  console.log(stale.length ? `tokens: wrote ${stale.join(', ')}` : 'tokens: nothing to write');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
