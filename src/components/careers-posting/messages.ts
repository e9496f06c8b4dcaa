/** The detail view's own sentences (a lazy chunk, like the view). */
import { msg } from '../../i18n/localize.js';

export const detailLabels = {
  back: () => msg('Back to all jobs', { id: 'detail.back', desc: 'Button that leaves a job detail for the list' }),
  close: () => msg('Close', { id: 'detail.close', desc: 'Button that closes the job detail dialog' }),
  apply: () => msg('Apply now', { id: 'detail.apply', desc: 'Link to the application form, at the end of a job detail' }),
  organization: () => msg('Company', { id: 'detail.organization', desc: 'Hidden label before the company name in a job detail' }),
};
