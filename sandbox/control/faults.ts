import { readJson, send } from '../server';
import { FAULT_KINDS, type FaultKind } from '../faults';
import type { ControlHandler } from './index';

/** `POST /faults` and `DELETE /faults[?bot=id]`. */
export const faultsControl: ControlHandler = async (request, response, path, _store, faults) => {
  const [route, search = ''] = path.split('?');
  if (route !== '/faults') return false;
  if (request.method === 'POST') {
    const body = (await readJson(request)) as { kind?: FaultKind; bot?: string } | undefined;
    if (!body?.kind || !(FAULT_KINDS as readonly string[]).includes(body.kind)) return send(response, 400, { error: `kind must be one of ${FAULT_KINDS.join(', ')}` }), true;
    faults.set(body as never);
    return send(response, 200, { faults: faults.list() }), true;
  }
  if (request.method === 'DELETE') {
    faults.clear(new URLSearchParams(search).get('bot') ?? undefined);
    return send(response, 200, { faults: faults.list() }), true;
  }
  return false;
};
