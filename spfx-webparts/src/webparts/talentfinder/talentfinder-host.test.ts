import { talentDefaults } from './talentfinder-host';

describe('talentDefaults', () => {
  it('takes the property pane as given', () => {
    expect(
      talentDefaults({ availableOnly: true, department: ' Netwerk ', location: 'Utrecht', pageSize: 20 })
    ).toEqual({ availableOnly: true, department: 'Netwerk', location: 'Utrecht', pageSize: 20 });
  });

  it('reads blank filters as none and keeps the page size within bounds', () => {
    expect(talentDefaults({ department: '  ', location: '', pageSize: 500 })).toEqual({
      availableOnly: false,
      department: undefined,
      location: undefined,
      pageSize: 50
    });
    // The service's own minimum (core's contract), no longer a stricter one of the web part's.
    expect(talentDefaults({ pageSize: 0 }).pageSize).toBe(1);
    expect(talentDefaults({ pageSize: Number.NaN }).pageSize).toBe(10);
    expect(talentDefaults({}).pageSize).toBe(10);
  });
});

