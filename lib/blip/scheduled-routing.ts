import type { ActiveMessageKeys } from './active-message';
import { deleteContextVariable, getContextVariable, setMasterState, setUserState } from './contexts';
import type { DeskRouting } from '../domain/installation';

/** Where a customer stood before being moved to the human-service block: their block and (behind a router) service. */
export interface PreviousRouting {
  state: string | null;
  master: string | null;
}

const MASTER = 'Master-State';
const stateVariable = (routing: DeskRouting) => `stateid@${routing.flowId}`;
/** The bot whose context holds the customer's state: the router's in a router setup (its services use the router context). */
const contextsOf = (keys: ActiveMessageKeys) => (keys.deskService ? keys.channel : keys.desk);

/** Where the customer stands now: their block in the flow and, behind a router, their service. */
export async function currentRouting(keys: ActiveMessageKeys, routing: DeskRouting, customer: string): Promise<PreviousRouting> {
  const [state, master] = await Promise.all([getContextVariable(contextsOf(keys), customer, stateVariable(routing)), keys.deskService ? getContextVariable(keys.channel, customer, MASTER) : Promise.resolve(null)]);
  return { state, master };
}

/**
 * For a message Blip's scheduler sends later: puts the customer in the human-service block now (and,
 * behind a router, hands them to the attendance service), as the immediate active message does right
 * after sending, so their answer lands in Desk even if no browser is running when the message leaves.
 * No ticket is opened now: it would sit in the queue until the opening. Read `currentRouting` first,
 * to put them back if the message is cancelled.
 */
export async function moveToDeskBlock(keys: ActiveMessageKeys, routing: DeskRouting, customer: string, requestId: string): Promise<void> {
  if (keys.deskService) await setMasterState(keys.channel, customer, keys.deskService, `${requestId}:master-state`);
  await setUserState(contextsOf(keys), customer, routing.flowId, routing.stateId, `${requestId}:state`);
}

/**
 * After a scheduled message was cancelled: puts the customer back where they stood, but only while
 * they are still where we put them (if the flow moved them since, that is where they belong now).
 */
export async function restoreRouting(keys: ActiveMessageKeys, routing: DeskRouting, customer: string, previous: PreviousRouting, requestId: string): Promise<void> {
  const contexts = contextsOf(keys);
  const restore = async (transport: ActiveMessageKeys['channel'], name: string, ours: string, before: string | null, id: string) => {
    if ((await getContextVariable(transport, customer, name)) !== ours) return;
    if (before === null) await deleteContextVariable(transport, customer, name, id);
    else if (name === MASTER) await setMasterState(transport, customer, before, id);
    else await setUserState(transport, customer, routing.flowId, before, id);
  };
  await restore(contexts, stateVariable(routing), routing.stateId, previous.state, `${requestId}:restore-state`);
  if (keys.deskService) await restore(keys.channel, MASTER, keys.deskService, previous.master, `${requestId}:restore-master`);
}
