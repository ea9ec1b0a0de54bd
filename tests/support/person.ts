import type { Person } from '../../shared/model';

/** A fixed creator for annotations made in tests and benchmarks. */
export const TEST_PERSON: Person = { id: 'urn:uuid:00000000-0000-4000-8000-000000000001', type: 'Person', name: 'Test Reader' };
