/**
 * Custom Elements Manifest settings (`npm run build:manifest`). The analyzer
 * also records each `dispatchEvent(new CareersXEvent(…))` as a nameless
 * event; the named ones come from the `@fires` tags, so this plugin drops the
 * nameless duplicates and gives each named event its class as its type.
 */
const eventTypes = {
  'careers-load': 'CareersLoadEvent',
  'careers-error': 'CareersErrorEvent',
  'careers-filter-change': 'CareersFilterChangeEvent',
  'careers-posting-click': 'CareersPostingClickEvent',
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/cli/**'],
  litelement: true,
  plugins: [
    {
      name: 'careers-event-types',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.events) continue;
            declaration.events = declaration.events
              .filter((event) => event.name)
              .map((event) => (eventTypes[event.name] ? { ...event, type: { text: eventTypes[event.name] } } : event));
          }
        }
      },
    },
  ],
};
