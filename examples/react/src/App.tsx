import { useState } from 'react';
import 'careers-widget'; // defines <careers-widget>
import type { CareersLoadEvent, CareersPostingClickEvent } from 'careers-widget';

const LANGUAGES = { en: 'English', fr: 'Français' } as const;
type Language = keyof typeof LANGUAGES;

export function App() {
  const [locale, setLocale] = useState<Language>('en');
  const [count, setCount] = useState<number | null>(null);

  const onLoad = (event: CareersLoadEvent) => setCount(event.detail.count);
  const onPostingClick = (event: CareersPostingClickEvent) => console.log('job opened', event.detail.id);

  return (
    <main>
      <h1>Open positions</h1>
      <label>
        Language{' '}
        <select value={locale} onChange={(event) => setLocale(event.target.value as Language)}>
          {Object.entries(LANGUAGES).map(([code, name]) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <careers-widget
        id="jobs"
        src="/jobs.json"
        locale={locale}
        filters="country department search"
        page-size={10}
        oncareers-load={onLoad}
        oncareers-posting-click={onPostingClick}
      />
      <p id="summary" role="status">
        {count === null ? '' : `${count} jobs loaded`}
      </p>
    </main>
  );
}
