import { ACCESS_MATRIX, rolesFor } from './access-matrix';
import { isRole, ROLES } from './roles';

describe('rolesFor: the roles an operation is decorated with', () => {
  it("returns the matrix's roles for a field, as a copy the caller cannot use to change the matrix", () => {
    const roles = rolesFor('Query.targets');
    expect(roles).toEqual(['analyst', 'member']);
    roles.push('funder');
    expect(rolesFor('Query.targets')).toEqual(['analyst', 'member']);
    expect(rolesFor('Query.figures')).toEqual(['analyst', 'member', 'funder', 'councillor']);
    expect(rolesFor('Mutation.importDataset')).toEqual(['analyst']);
  });

  it('refuses a field with no entry, so an undecided operation cannot start', () => {
    expect(() => rolesFor('Query.everything')).toThrow('Query.everything has no entry in the access matrix (api/src/access/access-matrix.ts)');
  });

  it('lists only known roles, and every mutation for analysts only', () => {
    for (const [field, roles] of Object.entries(ACCESS_MATRIX)) {
      expect(roles.every(isRole)).toBe(true);
      if (field.startsWith('Mutation.')) expect([field, roles]).toEqual([field, ['analyst']]);
    }
  });
});

describe('isRole', () => {
  it('knows the four roles and nothing else', () => {
    expect(ROLES.filter(isRole)).toEqual(['analyst', 'member', 'funder', 'councillor']);
    for (const value of ['Analyst', 'admin', '', undefined, null, 3, ['analyst']]) expect(isRole(value)).toBe(false);
  });
});
