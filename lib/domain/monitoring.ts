/** Today's live figures of one number (durations in ms), as the Monitoreo board shows them. */
export interface MonitoringFigures {
  waiting: number;
  /** Longest wait of a ticket now in the queue. */
  maxQueueTime: number;
  open: number;
  avgFirstResponseTime: number;
  maxFirstResponseTime: number;
  avgResponseTime: number;
  /** Average of tickets closed today. */
  avgAttendanceTime: number;
  today: { total: number; open: number; closed: number; abandoned: number; lost: number };
  /** Tickets attended today: the weight of the first-response and response averages. */
  attendedToday: number;
  /** Tickets closed today after being attended: the weight of the attendance average. */
  closedAttendedToday: number;
  agents: { total: number; ticketsPerAgent: number; online: number; paused: number; invisible: number };
}

/** A ticket waiting in the queue (durations in ms). */
export interface WaitingTicket {
  id: string;
  sequentialId?: number | null;
  customerIdentity: string;
  team?: string | null;
  queueTime: number;
}

/** A ticket in attendance. */
export interface OpenTicket extends WaitingTicket {
  agentIdentity?: string | null;
  firstResponseTime: number;
  attendanceTime: number;
}

/** One agent's status and today's tickets. */
export interface AgentSummary {
  identity: string;
  fullName?: string | null;
  status?: string | null;
  openedTickets: number;
  closedTickets: number;
}

/** Today's tickets with one tag. */
export interface TagSummary {
  name: string;
  ticketsCount: number;
  closedTickets: number;
}

/** The detailed lists behind the board's figures. */
export interface MonitoringLists {
  waiting: WaitingTicket[];
  open: OpenTicket[];
  agents: AgentSummary[];
  tags: TagSummary[];
}

/**
 * "All numbers": counts add up, maxima take the maximum, and every average is weighted by the
 * count it was taken over — never an average of averages.
 */
export function aggregateFigures(all: MonitoringFigures[]): MonitoringFigures {
  const sum = (pick: (figures: MonitoringFigures) => number) => all.reduce((total, figures) => total + pick(figures), 0);
  const max = (pick: (figures: MonitoringFigures) => number) => all.reduce((top, figures) => Math.max(top, pick(figures)), 0);
  const weighted = (pick: (figures: MonitoringFigures) => number, weight: (figures: MonitoringFigures) => number) => {
    const totalWeight = sum(weight);
    return totalWeight ? sum((figures) => pick(figures) * weight(figures)) / totalWeight : 0;
  };
  return {
    waiting: sum((f) => f.waiting),
    maxQueueTime: max((f) => f.maxQueueTime),
    open: sum((f) => f.open),
    avgFirstResponseTime: weighted((f) => f.avgFirstResponseTime, (f) => f.attendedToday),
    maxFirstResponseTime: max((f) => f.maxFirstResponseTime),
    avgResponseTime: weighted((f) => f.avgResponseTime, (f) => f.attendedToday),
    avgAttendanceTime: weighted((f) => f.avgAttendanceTime, (f) => f.closedAttendedToday),
    today: {
      total: sum((f) => f.today.total),
      open: sum((f) => f.today.open),
      closed: sum((f) => f.today.closed),
      abandoned: sum((f) => f.today.abandoned),
      lost: sum((f) => f.today.lost),
    },
    attendedToday: sum((f) => f.attendedToday),
    closedAttendedToday: sum((f) => f.closedAttendedToday),
    agents: {
      total: sum((f) => f.agents.total),
      ticketsPerAgent: weighted((f) => f.agents.ticketsPerAgent, (f) => f.agents.total),
      online: sum((f) => f.agents.online),
      paused: sum((f) => f.agents.paused),
      invisible: sum((f) => f.agents.invisible),
    },
  };
}
