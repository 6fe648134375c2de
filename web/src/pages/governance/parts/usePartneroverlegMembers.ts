/**
 * The members of the Partneroverleg a request to accede can be made to (Art. 20.2): those of its
 * latest meeting the caller can see, and the caller (the secretary sits in the Partneroverleg).
 * The API has no member list of its own; this is what the caller may already read.
 */
import { useMeeting, useMeetings } from '../../../api/governanceMeetings';
import { useAuth } from '../../../auth/AuthProvider';

export function usePartneroverlegMembers(): { id: string; name: string }[] {
  const { user } = useAuth();
  const year = new Date().getFullYear();
  const meetings = useMeetings(year).data?.value.items ?? [];
  const latest = meetings.filter((m) => m.body.key === 'partneroverleg').at(-1);
  const meeting = useMeeting(latest?.id ?? '');
  const members = latest ? (meeting.data?.value.members ?? []) : [];
  const people = members.map((m) => ({ id: m.person.id, name: m.person.name }));
  if (user && !people.some((p) => p.id === user.id)) people.unshift({ id: user.id, name: user.displayName });
  return people;
}
