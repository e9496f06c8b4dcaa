import { html, nothing, type TemplateResult } from 'lit';
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
  /** Whether the selects show on a narrow widget (behind the Filters button otherwise). */
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly onChange: (change: Partial<Filters>) => void;
  readonly onClear: () => void;
}

/** The filters a visitor set that "Clear filters" resets (the language is a choice of list, not a filter). */
const CLEARED = ['country', 'department', 'workplace', 'employmentType'] as const;

/** How many of the filters behind the Filters button are set. */
export const activeFilters = (filters: Filters): number => CLEARED.filter((key) => filters[key]).length;

type SelectKey = Exclude<keyof Filters, 'query'>;

function renderSelect(
  ctx: FiltersContext,
  key: SelectKey,
  label: string,
  allLabel: string,
  allValue: string,
  facets: readonly Facet[],
  withLang = false,
): TemplateResult | typeof nothing {
  const id = `filter-${key}`;
  const value = ctx.view.filters[key] || allValue;
  // A choice of one (or none) is no choice: hidden, unless it is what the list is filtered to (one
  // country of several places, say). One language is always the whole list.
  if (facets.length < 2 && (withLang || value === allValue)) return nothing;
  return html`<div class="field" part="field ${key}-field">
    <label for=${id} part="label">${label}</label>
    <select
      id=${id}
      part="control select ${key}-select"
      .value=${value}
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

/**
 * The filter bar: native controls with visible labels, in a search landmark.
 * On a narrow widget the selects fold behind one "Filters (2)" button beside
 * the search, so the postings start on the first screen of a phone.
 */
export function renderFilters(ctx: FiltersContext): TemplateResult | typeof nothing {
  const { controls, view } = ctx;
  // No posting at all: nothing to filter or search.
  if (controls.size === 0 || !view.languages.some((l) => l.count > 0)) return nothing;
  const selects = [
    controls.has('language')
      ? renderSelect(ctx, 'language', labels.language(), labels.allLanguages(), ALL_LANGUAGES, view.languages, true)
      : nothing,
    controls.has('country') ? renderSelect(ctx, 'country', labels.country(), labels.allCountries(), '', view.countries) : nothing,
    controls.has('department')
      ? renderSelect(ctx, 'department', labels.department(), labels.allDepartments(), '', view.departments)
      : nothing,
    controls.has('workplace')
      ? renderSelect(ctx, 'workplace', labels.workplace(), labels.allWorkplaces(), '', view.workplaces)
      : nothing,
    controls.has('type')
      ? renderSelect(ctx, 'employmentType', labels.type(), labels.allTypes(), '', view.employmentTypes)
      : nothing,
  ].filter((select) => select !== nothing);
  const active = activeFilters(view.filters);
  return html`<form class="filters" part="filters" role="search" aria-label=${filtersName(ctx.label)} @submit=${(e: Event) => e.preventDefault()}>
    ${controls.has('search')
      ? html`<div class="field search" part="field search-field">
          <label for="filter-query" part="label">${labels.search()}</label>
          <input
            id="filter-query"
            part="control search-input"
            type="search"
            autocomplete="off"
            placeholder=${labels.searchPlaceholder()}
            .value=${view.filters.query}
            @input=${(e: Event) => ctx.onChange({ query: (e.target as HTMLInputElement).value })}
          />
        </div>`
      : nothing}
    ${selects.length
      ? html`<button
            type="button"
            class="toggle"
            part="button filters-button"
            aria-expanded=${ctx.open ? 'true' : 'false'}
            aria-controls="filter-panel"
            @click=${ctx.onToggle}
          >
            ${labels.filtersButton()}${active ? ` (${formatNumber(active, ctx.locale)})` : ''}
          </button>
          <div id="filter-panel" class="panel ${ctx.open ? 'open' : ''}" part="filter-panel">${selects}</div>`
      : nothing}
    ${active || view.filters.query
      ? html`<button type="button" class="clear" part="button clear-button" @click=${ctx.onClear}>${labels.clearFilters()}</button>`
      : nothing}
  </form>`;
}
