import { expect } from '@open-wc/testing';
import { groupPostings } from '../../src/model/group.js';
import { normalized } from '../support/postings.js';

const posting = (id: string, extra: Record<string, unknown>) =>
  normalized({ id, title: id, language: 'en', locations: [], datePosted: '2026-03-01', ...extra });

describe('groupPostings', () => {
  const postings = [
    posting('a', { department: 'Zeta', locations: [{ country: 'DE' }] }),
    posting('b', { department: 'Émeraude', locations: [{ country: 'FR' }, { country: 'DE' }] }),
    posting('c', {}),
    posting('d', { department: 'Zeta', locations: [{ country: 'FR' }] }),
    posting('e', { department: 'constructor', workplace: 'remote' }),
  ];
  const view = (groups: ReturnType<typeof groupPostings>) => groups.map((g) => [g.key, g.label, g.postings.map((p) => p.id)]);

  it('by department: sorted by name in the UI locale, list order inside, no department last', () => {
    const groups = groupPostings(postings, 'department', (key) => key, 'Other', 'fr');
    expect(view(groups)).to.deep.equal([
      ['constructor', 'constructor', ['e']],
      ['Émeraude', 'Émeraude', ['b']],
      ['Zeta', 'Zeta', ['a', 'd']],
      ['', 'Other', ['c']],
    ]);
  });

  it('groups an undated posting like any other, in list order (undated last under newest first)', () => {
    const list = [posting('dated', { department: 'Zeta' }), posting('undated', { department: 'Zeta', datePosted: undefined })];
    expect(view(groupPostings(list, 'department', (key) => key, 'Other', 'en'))).to.deep.equal([['Zeta', 'Zeta', ['dated', 'undated']]]);
  });

  it('by country: the first country, named by the caller; none together, last', () => {
    const names = new Map([['DE', 'Allemagne'], ['FR', 'France']]);
    const groups = groupPostings(postings, 'country', (key) => names.get(key)!, 'Autres', 'fr');
    expect(view(groups)).to.deep.equal([
      ['DE', 'Allemagne', ['a']],
      ['FR', 'France', ['b', 'd']],
      ['', 'Autres', ['c', 'e']],
    ]);
  });

  it('no postings, no groups', () => {
    expect(groupPostings([], 'department', (key) => key, 'Other', 'en')).to.deep.equal([]);
  });
});
