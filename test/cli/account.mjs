/** The account the kit's hand-written test servers answer with: the contract's shape, fixed values. */
export const ACCOUNT = {
  id: 'acc_1',
  name: 'Ada Lovelace',
  username: 'ada',
  email: 'ada@example.com',
  pendingEmail: null,
  phone: '+14155550123',
  avatarUrl: null,
  role: 'admin',
  createdAt: '2026-01-01T00:00:00Z',
};
