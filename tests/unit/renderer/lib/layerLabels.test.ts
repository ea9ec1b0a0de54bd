import { describe, expect, it } from 'vitest';
import { authorLabel, layerLabel, personName, possessive } from '../../../../renderer/src/lib/layerLabels';
import { ME, SAM, TEACHER } from './annotationFactory';

describe('layer labels', () => {
  it('names the own layer "Your notes" and others by role and name', () => {
    expect(layerLabel({ creator: ME, role: 'own' })).toBe('Your notes');
    expect(layerLabel({ creator: TEACHER, role: 'teacher' })).toBe('Teacher: Ms Rivera');
    expect(layerLabel({ creator: SAM, role: 'student' })).toBe('Student: Sam');
    expect(layerLabel({ creator: SAM, role: 'other' })).toBe('Reader: Sam');
    expect(authorLabel({ creator: SAM, role: 'other' })).toBe('Sam · reader');
  });

  it('labels cards with the author and their role', () => {
    expect(authorLabel({ creator: TEACHER, role: 'teacher' })).toBe('Ms Rivera · teacher');
    expect(authorLabel({ creator: SAM, role: 'student' })).toBe('Sam · student');
    expect(authorLabel({ creator: ME, role: 'own' })).toBe('You');
    expect(possessive({ creator: TEACHER, role: 'teacher' })).toBe('Ms Rivera’s');
  });

  it('names a person who gave no name by their role', () => {
    const nameless = { ...SAM, name: '  ' };
    expect(personName(nameless, 'student')).toBe('Unnamed student');
    expect(layerLabel({ creator: nameless, role: 'student' })).toBe('Student: Unnamed student');
    expect(authorLabel({ creator: { ...TEACHER, name: '' }, role: 'teacher' })).toBe('Unnamed teacher');
  });
});
