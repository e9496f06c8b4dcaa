import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Facet } from '../../model/facets.js';
import type { Filters } from '../../model/filters.js';
import { ALL_LANGUAGES } from '../../model/filters.js';
import type { View } from '../../model/view.js';
import { formatNumber } from '../../i18n/format.js';
import { filtersName, labels } from './messages.js';
import type { FilterControl } from './options.js';

export interface FiltersContext {
  readonly view: View;
  readonly controls: ReadonlySet<FilterControl>;
  readonly locale: string;
  /** The widget's `label`, if any. */
  readonly label: string;
  readonly onChange: (change: Partial<Filters>) => void;
}

type SelectKey = Exclude<keyof Filters, 'query'>;

function renderSelect(
  ctx: FiltersContext,
  key: SelectKey,
  label: string,
  allLabel: string,
  allValue: string,
  facets: readonly Facet[],
  withLang = false,
): TemplateResult {
  const id = `filter-${key}`;
  const value = ctx.view.filters[key] || allValue;
  return html`<div class="field" part="field ${key}-field">
    <label for=${id} part="label">${label}</label>
    <select
      id=${id}
      part="control select ${key}-select"
      .value=${live(value)}
      @change=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        ctx.onChange({ [key]: v === allValue && key !== 'language' ? '' : v });
      }}
    >
      <option value=${allValue} ?selected=${value === allValue}>${allLabel}</option>
      ${facets.map(
        (f) =>
          // dir="auto": a name in another script ("العربية (15)") keeps its own direction.
          html`<option value=${f.value} ?selected=${value === f.value} lang=${withLang ? f.value : nothing} dir="auto">
            ${f.label} (${formatNumber(f.count, ctx.locale)})
          </option>`,
      )}
    </select>
  </div>`;
}

/** The filter bar: native controls with visible labels, in a search landmark. */
export function renderFilters(ctx: FiltersContext): TemplateResult | typeof nothing {
  const { controls, view } = ctx;
  if (controls.size === 0) return nothing;
  return html`<form class="filters" part="filters" role="search" aria-label=${filtersName(ctx.label)} @submit=${(e: Event) => e.preventDefault()}>
    ${controls.has('language')
      ? renderSelect(ctx, 'language', labels.language(), labels.allLanguages(), ALL_LANGUAGES, view.languages, true)
      : nothing}
    ${controls.has('country')
      ? renderSelect(ctx, 'country', labels.country(), labels.allCountries(), '', view.countries)
      : nothing}
    ${controls.has('department')
      ? renderSelect(ctx, 'department', labels.department(), labels.allDepartments(), '', view.departments)
      : nothing}
    ${controls.has('workplace')
      ? renderSelect(ctx, 'workplace', labels.workplace(), labels.allWorkplaces(), '', view.workplaces)
      : nothing}
    ${controls.has('type')
      ? renderSelect(ctx, 'employmentType', labels.type(), labels.allTypes(), '', view.employmentTypes)
      : nothing}
    ${controls.has('search')
      ? html`<div class="field search" part="field search-field">
          <label for="filter-query" part="label">${labels.search()}</label>
          <input
            id="filter-query"
            part="control search-input"
            type="search"
            autocomplete="off"
            .value=${live(view.filters.query)}
            @input=${(e: Event) => ctx.onChange({ query: (e.target as HTMLInputElement).value })}
          />
        </div>`
      : nothing}
  </form>`;
}
