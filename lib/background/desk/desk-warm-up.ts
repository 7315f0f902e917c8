import type { VariableValues } from '../../rpc/contracts/desk';
import type { DeskRepliesService } from './desk-replies-service';

/** How long a conversation's variable values are reused once its customer is found: a customer's details rarely change while the agent answers. */
const VALUES_TTL_MS = 5 * 60_000;
/** Conversations remembered at once. */
const KEPT = 20;

/**
 * Gets the palette ready before the agent asks: when the agent enters a conversation's message box
 * in the desk, the replies are refreshed (if a few minutes old) and the conversation's variable
 * values read, once per conversation every few minutes. The palette then opens from what is ready
 * (or waits for what is on its way, never asking twice).
 */
export class DeskWarmUp {
  private readonly conversations = new Map<string, { values: Promise<VariableValues>; at: number }>();

  constructor(private readonly desk: DeskRepliesService) {}

  /** The agent entered the message box of the conversation the desk at `deskOrigin` shows as `ticketNumber`. */
  warm(ticketNumber: number | undefined, deskOrigin: string | undefined, now = Date.now()): void {
    void this.desk.refreshReplies(now).catch(() => undefined);
    void this.values(ticketNumber, deskOrigin, now).catch(() => undefined);
  }

  /** The conversation's values: kept ones, the reading on its way, or a new reading. */
  values(ticketNumber: number | undefined, deskOrigin: string | undefined, now = Date.now()): Promise<VariableValues> {
    const key = `${deskOrigin ?? ''} ${ticketNumber ?? ''}`;
    const known = this.conversations.get(key);
    if (known && now - known.at < VALUES_TTL_MS) return known.values;
    const values = this.desk.values(ticketNumber, deskOrigin, now);
    this.conversations.delete(key);
    this.conversations.set(key, { values, at: now });
    // Only a conversation whose customer was found is kept: one looked up before the numbers or the
    // agent were known (or not found) is asked about again (the lookup itself is rate limited).
    const forget = () => this.conversations.get(key)?.values === values && this.conversations.delete(key);
    values.then((found) => found['contact.identity'] === undefined && forget(), forget);
    while (this.conversations.size > KEPT) this.conversations.delete(this.conversations.keys().next().value!);
    return values;
  }
}
