/**
 * custom-elements.json as published: paths are the compiled `dist/lib/….js`
 * modules that exist, only element modules (and the event classes they
 * reference) are listed, and `<careers-widget>` is described completely.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { ROOT, readJson } from './helpers.mjs';

const manifest = readJson('custom-elements.json');
const ELEMENT_MODULE = 'dist/lib/components/careers-widget/careers-widget.js';
const DEFINE_MODULE = 'dist/lib/define.js';

/** Every `module` string anywhere in the manifest (exports, superclasses, type references). */
function moduleReferences(node, found = []) {
  if (Array.isArray(node)) node.forEach((item) => moduleReferences(item, found));
  else if (node && typeof node === 'object') {
    if (typeof node.module === 'string' && !node.package) found.push(node.module);
    Object.values(node).forEach((value) => moduleReferences(value, found));
  }
  return found;
}

const element = () => {
  const mod = manifest.modules.find((m) => m.path === ELEMENT_MODULE);
  assert.ok(mod, `${ELEMENT_MODULE} is listed`);
  const declaration = mod.declarations.find((d) => d.tagName === 'careers-widget');
  assert.ok(declaration, 'careers-widget is declared');
  return { mod, declaration };
};

test('package.json names the manifest', () => {
  assert.equal(readJson('package.json').customElements, 'custom-elements.json');
});

test('every module path and module reference is a shipped .js file in dist/lib', () => {
  const paths = [...manifest.modules.map((m) => m.path), ...moduleReferences(manifest.modules)];
  assert.ok(paths.length > 0);
  for (const path of paths) {
    assert.match(path, /^dist\/lib\/.+\.js$/, `${path} is a dist/lib .js path`);
    assert.ok(existsSync(join(ROOT, path)), `${path} exists`);
  }
});

test('lists element modules and the modules they reference, nothing else', () => {
  const elementModules = manifest.modules.filter((m) => m.declarations?.some((d) => d.customElement));
  assert.deepEqual(
    elementModules.map((m) => m.path),
    [ELEMENT_MODULE],
  );
  const referenced = new Set(moduleReferences(elementModules));
  for (const mod of manifest.modules) {
    assert.ok(
      elementModules.includes(mod) || referenced.has(mod.path) || mod.path === DEFINE_MODULE,
      `${mod.path} declares an element, is referenced by one or defines one`,
    );
  }
  // The analyzer sees ~50 source modules; the published manifest is the element and its events.
  assert.ok(manifest.modules.length <= 4, `${manifest.modules.length} modules`);
});

test('careers-widget: exported class, custom-element definition, attributes matching the compiled element', () => {
  const { mod, declaration } = element();
  assert.equal(declaration.name, 'CareersWidget');
  assert.equal(declaration.customElement, true);
  assert.deepEqual(declaration.superclass, { name: 'LitElement', package: 'lit' });
  assert.ok(mod.exports.some((e) => e.kind === 'js' && e.name === 'CareersWidget' && e.declaration.module === ELEMENT_MODULE));
  // The tag is defined by the side-effect module, not by the class's module (importing the class defines nothing).
  assert.ok(!mod.exports.some((e) => e.kind === 'custom-element-definition'), 'the class module defines no tag');
  const definer = manifest.modules.find((m) => m.path === DEFINE_MODULE);
  assert.ok(
    definer?.exports.some(
      (e) =>
        e.kind === 'custom-element-definition' &&
        e.name === 'careers-widget' &&
        e.declaration.name === 'CareersWidget' &&
        e.declaration.module === ELEMENT_MODULE,
    ),
    'custom-element-definition export in the define module',
  );

  // Every attribute the compiled element observes, from its `static properties`: the `attribute`
  // given, none for `attribute: false`, else the property's name in lower case (as Lit does).
  const code = readFileSync(join(ROOT, ELEMENT_MODULE), 'utf8');
  const block = code.slice(code.indexOf('this.properties = {'));
  const entries = [...block.slice(0, block.indexOf('\n    }; }')).matchAll(/^ {8}(\w+): (\{.*\}),?$/gm)];
  const observed = entries.flatMap(([, name, options]) => {
    if (/attribute: false/.test(options)) return [];
    return [/attribute: '([a-z-]+)'/.exec(options)?.[1] ?? name.toLowerCase()];
  });
  assert.ok(observed.length >= 10, 'found the compiled attributes');
  const documented = declaration.attributes.map((a) => a.name);
  assert.deepEqual([...documented].sort(), [...observed].sort());
  for (const name of ['src', 'locale', 'posting-language', 'country', 'filters', 'page-size']) assert.ok(documented.includes(name), name);
  for (const attribute of declaration.attributes) assert.ok(attribute.description, `${attribute.name} has a description`);
  // Every attribute maps to a documented field.
  for (const attribute of declaration.attributes) {
    assert.ok(declaration.members.some((m) => m.kind === 'field' && m.name === attribute.fieldName), `${attribute.name} → ${attribute.fieldName}`);
  }
});

test('careers-widget: events named once, typed by their exported classes', async () => {
  const { declaration } = element();
  const names = declaration.events.map((e) => e.name);
  assert.deepEqual(names, [
    'careers-load',
    'careers-error',
    'careers-filter-change',
    'careers-posting-click',
    'careers-posting-open',
    'careers-apply-click',
  ]);
  for (const event of declaration.events) {
    assert.ok(event.description, `${event.name} has a description`);
    const [reference] = event.type.references;
    assert.equal(reference.name, event.type.text);
    // The referenced module really exports that class, and the class fires that event name.
    const mod = manifest.modules.find((m) => m.path === reference.module);
    assert.ok(mod?.exports.some((e) => e.name === reference.name), `${reference.module} exports ${reference.name}`);
    const compiled = await import(pathToFileURL(join(ROOT, reference.module)).href);
    assert.equal(compiled[reference.name].eventName, event.name);
  }
});

test('careers-widget: parts, CSS properties and slot are documented', () => {
  const { declaration } = element();
  const parts = declaration.cssParts.map((p) => p.name);
  for (const part of ['card', 'list', 'filters', 'title', 'link', 'error', 'apply-link', 'detail', 'detail-title', 'apply-button', 'dialog', 'debug']) {
    assert.ok(parts.includes(part), part);
  }
  // Internal hooks for the lazy detail controller are not public API.
  const members = declaration.members.map((m) => m.name);
  for (const internal of ['appliedFilters', 'selectFilters', 'renderedNow', 'feedReady', 'i18n']) assert.ok(!members.includes(internal), internal);
  for (const property of ['strings', 'debug']) assert.ok(members.includes(property), property);
  assert.ok(declaration.cssProperties.some((p) => p.name === '--careers-color-accent'));
  assert.ok(declaration.slots.some((s) => s.name === ''));
});
