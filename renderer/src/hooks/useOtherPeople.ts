import { useEffect, useState } from 'react';
import type { SearchPerson } from '../../../shared/search';
import { call } from '../lib/api';

/** The other people with annotations in the library (not the user): the layer filter offers them and their hits are named. */
export function useOtherPeople(): SearchPerson[] {
  const [people, setPeople] = useState<SearchPerson[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all([call('listSearchPeople', {}), call('getProfile', {})]).then(([listed, profile]) => {
      if (!live || !listed.ok) return;
      const me = profile.ok ? profile.value.person.id : null;
      setPeople(listed.value.filter((p) => p.id !== me));
    });
    return () => {
      live = false;
    };
  }, []);
  return people;
}

