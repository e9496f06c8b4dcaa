import type { ReactiveControllerHost } from 'lit';
import type { Catalog } from '../../i18n/localize.js';
import { textDirection } from '../../i18n/direction.js';
import type { CompileOverrides, StringSources } from '../../i18n/overrides.js';
import { matchUiLocale, uiTemplates } from '../../localization.js';

let compileOverrides: CompileOverrides | undefined;
let overridesChunk: Promise<CompileOverrides> | undefined;
/** Starts (once) the download of the overrides chunk: only pages that give `strings` need it. */
const loadOverrides = () =>
  (overridesChunk ??= import('../../i18n/overrides.js').then(
    async ({ overridesCompiler }) => (compileOverrides = await overridesCompiler()),
    (error: unknown) => {
      overridesChunk = undefined; // a later change may try again
      throw error;
    },
  ));

/**
 * One element's UI language: which shipped locale it shows for the tags it
 * asks for, that locale's translations (shared per page, downloaded once),
 * the host's wording overrides, and the host's `dir`. The element reads
 * `catalog` around each update (see `inCatalog`); a change that needs a
 * download keeps the current catalog until it has arrived, then updates the
 * element.
 */
export class LocaleController {
  /** What the element renders with; a new object whenever a string may have changed. */
  catalog: Catalog = { locale: 'en' };
  /** Settles once every download started so far has arrived (or failed). */
  settled: Promise<unknown> = Promise.resolve();
  private wanted = 'en';
  /** What the catalog's overrides were compiled from: the sources and the locales. */
  private overridesFrom: unknown[] = [];
  /** The `dir` this controller set on the host, so a `dir` the host set stays. */
  private ownDir: string | null = null;

  /**
   * @param failed hears of a translation that did not download (the element
   *   then tells the page and the visitor); without it, a console warning.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly failed?: (part: string, error: unknown) => void,
  ) {}

  /**
   * Brings the catalog up to date with the tags the element asks for (best
   * first) and the host's overrides; call before each update.
   */
  resolve(requested: readonly string[], strings: StringSources): void {
    const ui = matchUiLocale(requested);
    const tag = requested[0] ?? ui;
    let { locale, templates, overrides } = this.catalog;
    if (ui !== this.wanted) {
      this.wanted = ui;
      const ready = uiTemplates(ui);
      if (!(ready instanceof Promise)) {
        locale = ui;
        templates = ready;
      } else {
        this.wait(
          ready.then((loaded) => {
            if (this.wanted !== ui) return; // asked for another one since
            this.catalog = { locale: ui, templates: loaded };
            this.overridesFrom = []; // compiled again for the new locale
            this.host.requestUpdate();
          }, this.failed ? (error: unknown) => this.failed!(`"${ui}" translation`, error) : warn(`the "${ui}" translations`)),
        );
      }
    }

    const from = [strings.inline, strings.property, locale, tag];
    if (from.some((value, i) => value !== this.overridesFrom[i])) {
      this.overridesFrom = from;
      overrides = undefined;
      if (strings.inline !== null || strings.property != null) {
        if (compileOverrides) overrides = compileOverrides(strings, [locale, tag]);
        else {
          this.wait(
            loadOverrides().then(() => {
              this.overridesFrom = []; // compiled on the update this asks for
              this.host.requestUpdate();
            }, warn('the wording overrides')),
          );
        }
      }
    }
    if (locale !== this.catalog.locale || overrides !== this.catalog.overrides) this.catalog = { locale, templates, overrides };

    // The widget's language decides its direction, unless the host chose one.
    const dir = textDirection(tag);
    const current = this.host.getAttribute('dir');
    if (current === null || current === this.ownDir) {
      if (current !== dir) this.host.setAttribute('dir', dir);
      this.ownDir = dir;
    }
  }

  private wait(download: Promise<unknown>): void {
    this.settled = Promise.all([this.settled, download]);
  }
}

/** A chunk that did not download: the widget goes on without it, and says so. */
const warn = (what: string) => (error: unknown) => console.warn(`careers-widget: could not load ${what}.`, error);
