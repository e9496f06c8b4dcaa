/**
 * Custom Elements Manifest settings (`npm run build:manifest`), for the
 * manifest shipped in the npm package. Two plugins, both in the link phase:
 *
 * - careers-event-types: the analyzer also records each
 *   `dispatchEvent(new CareersXEvent(…))` as a nameless event; the named ones
 *   come from the `@fires` tags, so this drops the nameless duplicates and
 *   gives each named event its class as its type, with a reference to the
 *   module that declares the class.
 * - careers-published-paths: the manifest describes the published package, so
 *   module paths are the compiled `dist/lib/….js` files (not `src/….ts`),
 *   and it keeps only the modules that declare a custom element plus the
 *   modules those reference (the event classes), not every source module.
 *   Only public elements are listed (`<careers-posting>` is the widget's
 *   internal detail view, styled through the widget's parts), and each tag's
 *   definition is recorded in the module that registers it (`src/define.ts`),
 *   which is what importing the package runs.
 *
 * A third, careers-css-tokens, lists the widget's `--careers-*` custom
 * properties from src/components/tokens.ts (the same source as the styles
 * and the README's table), with their default and what they style.
 */
import { posix } from 'node:path';
import { readTokens } from './scripts/tokens.mjs';

// The tokens' one source (src/components/tokens.ts), read once for the css-tokens plugin.
const TOKENS = await readTokens();

const EVENTS_MODULE = 'src/events/careers-events.ts';
const eventTypes = {
  'careers-load': 'CareersLoadEvent',
  'careers-error': 'CareersErrorEvent',
  'careers-filter-change': 'CareersFilterChangeEvent',
  'careers-posting-click': 'CareersPostingClickEvent',
  'careers-posting-open': 'CareersPostingOpenEvent',
  'careers-apply-click': 'CareersApplyClickEvent',
};

/** `src/a/b.ts` (or `.js`) → `dist/lib/a/b.js`; other paths unchanged. */
export function publishedPath(path) {
  const clean = posix.normalize(path).replace(/^\.\//, '');
  if (!clean.startsWith('src/')) return path;
  return `dist/lib/${clean.slice('src/'.length).replace(/\.(?:ts|js)$/, '.js')}`;
}

/** Visits every `{ module: '…' }` reference (exports, superclasses, mixins, types, inheritedFrom). */
function eachModuleReference(node, visit) {
  if (Array.isArray(node)) {
    for (const item of node) eachModuleReference(item, visit);
  } else if (node && typeof node === 'object') {
    // A reference into another package (`{ package: 'lit', module: … }`) keeps its path.
    if (typeof node.module === 'string' && !node.package) visit(node);
    for (const value of Object.values(node)) eachModuleReference(value, visit);
  }
}

/** Public tags and the modules that register them. */
const DEFINITIONS = new Map([['careers-widget', 'src/define.ts']]);

const declaresElement = (mod) => (mod.declarations ?? []).some((d) => d.customElement && DEFINITIONS.has(d.tagName));

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/cli/**'],
  litelement: true,
  plugins: [
    {
      name: 'careers-css-tokens',
      packageLinkPhase({ customElementsManifest }) {
        const colors = TOKENS.COLOR_TOKENS.map((t) => ({
          name: `--careers-color-${t.name}`,
          description: `${t.what}. Themes: light ${t.light}, dark ${t.dark}.`,
          default: t.inherit,
        }));
        const sizes = TOKENS.SIZE_TOKENS.map((t) => ({ name: `--careers-${t.name}`, description: `${t.what}.`, default: t.value }));
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.tagName === 'careers-widget') declaration.cssProperties = [...colors, ...sizes];
          }
        }
      },
    },
    {
      name: 'careers-event-types',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.events) continue;
            declaration.events = declaration.events
              .filter((event) => event.name)
              .map((event) => {
                const type = eventTypes[event.name];
                if (!type) return event;
                return { ...event, type: { text: type, references: [{ name: type, module: EVENTS_MODULE, start: 0, end: type.length }] } };
              });
          }
        }
      },
    },
    {
      name: 'careers-published-paths',
      packageLinkPhase({ customElementsManifest }) {
        const byPath = new Map(customElementsManifest.modules.map((mod) => [mod.path, mod]));
        // Relative references (`./feed/errors.js`) resolve against their module's folder.
        const sourcePath = (from, ref) => {
          const path = ref.startsWith('.') ? posix.join(posix.dirname(from), ref) : ref;
          return path.startsWith('src/') ? path.replace(/\.js$/, '.ts') : ref;
        };

        // Element modules, then whatever their references reach.
        const keep = new Set();
        const pending = customElementsManifest.modules.filter(declaresElement);
        while (pending.length > 0) {
          const mod = pending.pop();
          if (keep.has(mod)) continue;
          keep.add(mod);
          eachModuleReference(mod, (ref) => {
            const target = byPath.get(sourcePath(mod.path, ref.module));
            if (target && !keep.has(target)) pending.push(target);
          });
        }

        customElementsManifest.modules = customElementsManifest.modules.filter((mod) => keep.has(mod));
        for (const mod of customElementsManifest.modules) {
          eachModuleReference(mod, (ref) => {
            ref.module = publishedPath(sourcePath(mod.path, ref.module));
          });
          mod.path = publishedPath(mod.path);
          // What a consumer can reach is what the module exports; the analyzer also lists
          // stray locals (a `const` inside a method), which describe nothing public.
          const exportedNames = new Set((mod.exports ?? []).map((e) => e.declaration?.name));
          mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement || exportedNames.has(d.name));
        }
        // Each tag is defined by importing its define module (`defineElement(…)`,
        // which the analyzer does not recognise): say so, as `customElements.define` would.
        for (const mod of [...customElementsManifest.modules]) {
          for (const declaration of mod.declarations ?? []) {
            const definedIn = declaration.customElement && DEFINITIONS.get(declaration.tagName);
            if (!definedIn) continue;
            const path = publishedPath(definedIn);
            let definer = customElementsManifest.modules.find((m) => m.path === path);
            if (!definer) {
              definer = { kind: 'javascript-module', path, declarations: [], exports: [] };
              customElementsManifest.modules.push(definer);
            }
            definer.exports = (definer.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === declaration.tagName));
            definer.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: mod.path } });
          }
        }
      },
    },
  ],
};
