import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { liveQuery } from '../../db/live';
import { listReminders, listScheduledMessages } from '../../db/callbacks';
import type { Reminder, ScheduledMessage } from '../../domain/callbacks';
import type { RemoteSchedule } from '../../rpc/contracts/callbacks';
import { rpc } from '../../rpc/client';

/** A number's call-backs: its reminders and scheduled messages (live), and what Blip holds scheduled for it. */
export interface NumberCallbacks {
  reminders: Reminder[];
  scheduled: ScheduledMessage[];
  /** Messages scheduled on Blip for this number's customers, made here or by someone else. */
  remote: RemoteSchedule[];
}

/** Follows a number's call-backs while the section shows it; Blip's list is read once per number shown. */
export function useCallbacks(installationId: string | undefined): NumberCallbacks {
  const [local, setLocal] = useState<Pick<NumberCallbacks, 'reminders' | 'scheduled'>>({ reminders: [], scheduled: [] });
  const [remote, setRemote] = useState<RemoteSchedule[]>([]);
  useEffect(() => {
    if (!installationId) return;
    const db = getDb();
    const subscription = liveQuery(async () => ({ reminders: await listReminders(db, installationId), scheduled: await listScheduledMessages(db, installationId) })).subscribe({
      next: setLocal,
      error: (error) => console.error('call-backs', error),
    });
    let current = true;
    rpc('callbacks.remoteSchedules', { installationId }).then((list) => current && setRemote(list), () => current && setRemote([]));
    return () => {
      current = false;
      subscription.unsubscribe();
    };
  }, [installationId]);
  return { ...local, remote };
}
