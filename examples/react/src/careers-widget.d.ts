/**
 * <careers-widget> in JSX, typed from the package's own types. React 19 sets
 * a prop as a property when the element has one (`feed`, `locale`), else as
 * an attribute (`page-size`), and turns `on<event-name>` props into event
 * listeners: `oncareers-load` listens to `careers-load`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  CareersApplyClickEvent,
  CareersErrorEvent,
  CareersFilterChangeEvent,
  CareersLoadEvent,
  CareersPostingClickEvent,
  CareersPostingOpenEvent,
  CareersWidget,
} from 'careers-widget';

export interface CareersWidgetProps {
  src?: string;
  format?: CareersWidget['format'];
  locale?: string;
  'posting-language'?: string;
  'feed-language'?: string;
  /** Space separated: country language department workplace type search, or none. */
  filters?: string;
  'page-size'?: number;
  detail?: 'auto' | 'link' | 'inline' | 'dialog';
  theme?: 'inherit' | 'light' | 'dark' | 'auto';
  layout?: 'grid' | 'list' | 'compact';
  'group-by'?: 'none' | 'department' | 'country';
  label?: string;
  'heading-level'?: 2 | 3 | 4 | 5 | 6;
  /** The feed itself, instead of `src` (set as a property). */
  feed?: CareersWidget['feed'];
  'oncareers-load'?: (event: CareersLoadEvent) => void;
  'oncareers-error'?: (event: CareersErrorEvent) => void;
  'oncareers-filter-change'?: (event: CareersFilterChangeEvent) => void;
  'oncareers-posting-click'?: (event: CareersPostingClickEvent) => void;
  'oncareers-posting-open'?: (event: CareersPostingOpenEvent) => void;
  'oncareers-apply-click'?: (event: CareersApplyClickEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'careers-widget': DetailedHTMLProps<HTMLAttributes<CareersWidget>, CareersWidget> & CareersWidgetProps;
    }
  }
}
