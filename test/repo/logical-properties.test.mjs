/**
 * Right-to-left pages: the components' styles use logical properties only
 * (`margin-inline-start`, `inset-inline-end`, `inline-size` …), so every
 * layout mirrors with `dir`. A physical side or size in a style is a bug.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMPONENTS = join(ROOT, 'src/components');

/** Declarations of a physical side or size: `margin-left`, `left:`, `width:`, `text-align: right`, `float: left` … */
const PHYSICAL =
  /(?<![\w-])(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)(?:-[a-z]+)?|left|right|top|bottom|(?:min-|max-)?(?:width|height))\s*:|\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/g;

const styleFiles = () =>
  readdirSync(COMPONENTS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.styles.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

describe('component styles', () => {
  it('the pattern finds physical properties and leaves logical ones alone', () => {
    const found = (css) => (css.match(PHYSICAL) ?? []).length;
    assert.equal(found('margin-left: 0; padding-right: 1px; left: 0; width: 2px; max-height: 3px; text-align: right; float: left; border-top-width: 1px'), 8);
    assert.equal(found('margin-inline-start: 0; inset-inline-end: 0; inline-size: 2px; max-block-size: 3px; text-align: start; line-height: 1.5; --careers-card-min-width: 1rem'), 0);
  });

  it('use logical properties only', () => {
    const files = styleFiles();
    assert.ok(files.length >= 3, 'the style files are found');
    for (const file of files) {
      const physical = readFileSync(file, 'utf8').match(PHYSICAL) ?? [];
      assert.deepEqual(physical, [], `${relative(ROOT, file)} uses physical properties`);
    }
  });

  it('so do the configurator page and the plain examples (demo/configurator.css, examples/)', () => {
    for (const file of ['demo/configurator.css', 'examples/plain-html/index.html', 'examples/cms-block/block.html']) {
      const physical = readFileSync(join(ROOT, file), 'utf8').match(PHYSICAL) ?? [];
      assert.deepEqual(physical, [], `${file} uses physical properties`);
    }
  });
});
