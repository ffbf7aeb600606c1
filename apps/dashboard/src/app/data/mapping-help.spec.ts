import { MAPPING_KEYS } from '@throughline/domain';
import { MAPPING_HELP_KEYS } from './mapping-help';
import { DATA_ES } from './data.es';

describe('the mapping help', () => {
  it('explains every key the API accepts at the top of a mapping, in English and Spanish', () => {
    expect(MAPPING_HELP_KEYS.map((k) => k.key)).toEqual([...MAPPING_KEYS]);
    expect(MAPPING_HELP_KEYS.filter((k) => !DATA_ES[k.says]).map((k) => k.key)).toEqual([]);
  });
});
