/**
 * The one list of signals: what the model raises during a month's resolution (a move played, an
 * event's outcome, a track's clock) and the statechart's tracks react to. Moves, events, the
 * machine and the texts (`signal.<type>`) all name them from here.
 */
export const SIGNAL_TYPES = [
  'channel.envoy',
  'channel.public',
  'channel.response',
  'channel.exposed',
  'channel.stale',
  'talks.upgrade',
  'talks.summit',
  'talks.deal',
  'talks.vague',
  'talks.walkOut',
  'talks.breakdown',
  'deal.step',
  'deal.broken',
  'deal.done',
  'seoul.ruling',
  'seoul.election',
  'ukraine.talks',
  'ukraine.push',
  'ukraine.settle',
  'ukraine.collapse',
  'cabinet.clash',
  'cabinet.hawkOut',
  'cabinet.reconcile',
] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];
